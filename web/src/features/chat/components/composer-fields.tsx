import { useTranslation } from "react-i18next";
import { TextField } from "../../../components/form/text-field.tsx";
import type { ComposerType } from "../lib/composer-values.ts";
import { ActionCardFields } from "./action-card-fields.tsx";
import { MediaFields } from "./media-fields.tsx";
import { MessageTextArea } from "./message-text-area.tsx";
import { RichTextFields } from "./rich-text-fields.tsx";

// The inputs of each message type. Field names are the payload's own paths (contract/message-content.ts),
// so a validation issue lands on the field it is about.

export function ComposerFields({ type }: { type: ComposerType }) {
  const { t } = useTranslation("chat");
  switch (type) {
    case "TEXT":
      return <MessageTextArea name="text" label={t("composer.fields.text")} placeholder={t("composer.placeholder")} hideLabel rows={3} />;
    case "MARK_DOWN":
      return (
        <>
          <TextField name="title" label={t("composer.fields.title")} required />
          <MessageTextArea name="text" label={t("composer.fields.markdownText")} rows={5} />
        </>
      );
    case "LINK":
      return (
        <>
          <div className="form-grid">
            <TextField name="title" label={t("composer.fields.title")} required />
            <TextField name="messageUrl" label={t("composer.fields.messageUrl")} type="url" inputMode="url" placeholder="https://" required />
          </div>
          <TextField name="text" label={t("composer.fields.linkText")} multiline required />
          <TextField name="picUrl" label={t("composer.fields.linkPicUrl")} type="url" inputMode="url" placeholder="https://" />
        </>
      );
    case "ACTION_CARD":
      return <ActionCardFields />;
    case "RICH_TEXT":
      return <RichTextFields />;
    case "IMAGE":
    case "VIDEO":
    case "VOICE":
    case "FILE":
      return <MediaFields type={type} />;
  }
}
