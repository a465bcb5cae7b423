import { useTranslation } from "react-i18next";
import { useSendMessage } from "../api/send-message.ts";
import { newMessageId } from "../../../lib/message-id.ts";

// Sends a read receipt (MSG_READ with the current time). It is an action, not something to compose:
// it appears in the conversation as a "marked as read" line, with Retry if it fails.

export function MarkReadButton({ sid }: { sid: string }) {
  const { t } = useTranslation("chat");
  const { mutate } = useSendMessage(sid);
  const markRead = () => {
    mutate({ message_id: newMessageId(), type: "MSG_READ", payload: { readTime: Date.now() } });
  };
  return (
    <button type="button" className="button button--small" onClick={markRead} title={t("composer.markReadHint")}>
      {t("composer.markRead")}
    </button>
  );
}
