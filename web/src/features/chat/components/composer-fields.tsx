import { TextField } from "../../../components/form/text-field.tsx";
import { useComposerLabel } from "../hooks/use-composer-label.ts";
import type { PanelType } from "../lib/composer-values.ts";
import { ActionCardFields } from "./action-card-fields.tsx";
import { CountedTextField } from "./counted-text-field.tsx";
import { MediaFields } from "./media-fields.tsx";
import { MessageTextArea } from "./message-text-area.tsx";
import { RichTextFields } from "./rich-text-fields.tsx";

// The inputs of each panel. Field names are `<TYPE>.<payload path>` (contract/message-content.ts), so
// a validation issue lands on the field it is about and each panel keeps its own draft. Multi-line
// fields here never send on Enter: Ctrl/⌘+Enter does (use-composer-keys.ts).

export function ComposerFields({ type }: { type: PanelType }) {
  const label = useComposerLabel();
  switch (type) {
    case "MARK_DOWN":
      return (
        <>
          <CountedTextField name="MARK_DOWN.title" label={label("MARK_DOWN.title")} required />
          <MessageTextArea name="MARK_DOWN.text" label={label("MARK_DOWN.text")} rows={5} />
        </>
      );
    case "LINK":
      return (
        <>
          <div className="form-grid">
            <CountedTextField name="LINK.title" label={label("LINK.title")} required />
            <TextField name="LINK.messageUrl" label={label("LINK.messageUrl")} type="url" inputMode="url" placeholder="https://" required />
          </div>
          <MessageTextArea name="LINK.text" label={label("LINK.text")} />
          <TextField name="LINK.picUrl" label={label("LINK.picUrl")} type="url" inputMode="url" placeholder="https://" />
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
