import { useTranslation } from "react-i18next";
import { useQuickReplyPicker } from "../hooks/use-quick-reply-picker.ts";
import type { ReplyContext } from "../lib/quick-reply-text.ts";
import type { SlashQuery } from "../lib/slash-query.ts";
import { MessageTextArea } from "./message-text-area.tsx";
import { QuickReplyList } from "./quick-reply-list.tsx";

// The composer's default: a plain text message, where Enter sends and Shift+Enter is a new line, and
// `/` at the start or after a space opens the saved replies.

interface Props {
  context: ReplyContext;
  elementRef: (element: HTMLTextAreaElement | null) => void;
  /** Replaces the `/query` with the reply's text and puts the caret after it. */
  onInsertReply: (slash: SlashQuery, text: string) => void;
}

export function ComposerTextBox({ context, elementRef, onInsertReply }: Props) {
  const { t } = useTranslation("chat");
  const picker = useQuickReplyPicker(context, onInsertReply);
  return (
    <div className="chat-text-box">
      {picker.open && <QuickReplyList {...picker.list} />}
      <MessageTextArea
        name="TEXT.text"
        label={t("composer.fields.text")}
        placeholder={t("composer.placeholder")}
        hideLabel
        enterSends
        rows={3}
        elementRef={elementRef}
        textareaProps={{
          ...picker.inputProps,
          onKeyDown: picker.onKeyDown,
          onChange: (event) => picker.track(event.currentTarget),
          onSelect: (event) => picker.track(event.currentTarget),
          onBlur: picker.close,
        }}
      />
    </div>
  );
}
