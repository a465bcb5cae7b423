import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/form/text-field.tsx";
import { useComposerLabel } from "../hooks/use-composer-label.ts";
import { CountedTextField } from "./counted-text-field.tsx";

// Image, video, voice and file messages: each is a URL or a DingTalk media ID (at least one), plus
// what its payload schema adds (duration, cover, file name and size).

export function MediaFields({ type }: { type: "IMAGE" | "VIDEO" | "VOICE" | "FILE" }) {
  const { t } = useTranslation("chat");
  const label = useComposerLabel();
  const name = (field: string) => `${type}.${field}`;
  return (
    <>
      {type === "FILE" && <CountedTextField name={name("fileName")} label={label(name("fileName"))} required />}
      <div className="form-grid">
        <TextField
          name={name("url")}
          label={label(name("url"))}
          type="url"
          inputMode="url"
          hint={t("composer.fields.mediaHint")}
          placeholder="https://"
        />
        <TextField name={name("mediaId")} label={label(name("mediaId"))} hint={t("composer.fields.mediaIdHint")} />
      </div>
      {type !== "IMAGE" && (
        <div className="form-grid">
          {(type === "VIDEO" || type === "VOICE") && (
            <TextField name={name("duration")} label={label(name("duration"))} type="number" inputMode="numeric" required />
          )}
          {type === "VIDEO" && (
            <TextField name={name("picUrl")} label={label(name("picUrl"))} type="url" inputMode="url" placeholder="https://" />
          )}
          {type === "FILE" && (
            <TextField name={name("fileSize")} label={label(name("fileSize"))} type="number" inputMode="numeric" />
          )}
        </div>
      )}
    </>
  );
}
