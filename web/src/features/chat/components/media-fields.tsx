import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/form/text-field.tsx";

// Image, video, voice and file messages: each is a URL or a DingTalk media ID (at least one), plus
// what its payload schema adds (duration, cover, file name and size).

export function MediaFields({ type }: { type: "IMAGE" | "VIDEO" | "VOICE" | "FILE" }) {
  const { t } = useTranslation("chat");
  return (
    <>
      {type === "FILE" && <TextField name="fileName" label={t("composer.fields.fileName")} required />}
      <div className="form-grid">
        <TextField
          name="url"
          label={t("composer.fields.url")}
          type="url"
          inputMode="url"
          hint={t("composer.fields.mediaHint")}
          placeholder="https://"
        />
        <TextField name="mediaId" label={t("composer.fields.mediaId")} hint={t("composer.fields.mediaIdHint")} />
      </div>
      <div className="form-grid">
        {(type === "VIDEO" || type === "VOICE") && (
          <TextField name="duration" label={t("composer.fields.duration")} type="number" inputMode="numeric" required />
        )}
        {type === "VIDEO" && (
          <TextField name="picUrl" label={t("composer.fields.picUrl")} type="url" inputMode="url" placeholder="https://" />
        )}
        {type === "FILE" && (
          <TextField name="fileSize" label={t("composer.fields.fileSize")} type="number" inputMode="numeric" />
        )}
      </div>
    </>
  );
}
