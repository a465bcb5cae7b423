import { useTranslation } from "react-i18next";
import { CopyButton } from "../../../components/copy-button.tsx";
import type { DisplayMessage } from "../lib/merge-messages.ts";

// What the chat shows for a message it cannot show: the server could not read the stored row, or the
// row failed to render. A small bubble that says so, with the raw content to copy for support; the raw
// text itself is not rendered (it may be huge, or be what broke the rendering).

/** The stored text of an unreadable message; the typed message as JSON for one that failed to render. */
export function rawContentOf(message: DisplayMessage): string {
  if (message.type === "unreadable") return message.raw;
  return JSON.stringify({ type: message.type, payload: message.payload });
}

export function UnreadableBubble({ message }: { message: DisplayMessage }) {
  const { t } = useTranslation("chat");
  return (
    <div className="msg-bubble msg-unreadable">
      <p className="msg-muted">{t("content.unreadable")}</p>
      <CopyButton text={rawContentOf(message)} what={t("content.rawContent")} label={t("content.copyRaw")} />
    </div>
  );
}

interface RowProps {
  message: DisplayMessage;
  position: number;
  total: number;
  measure: (element: HTMLLIElement | null) => void;
}

/** The whole row, for the error boundary around a message: nothing of the failed row is reused. */
export function UnreadableRow({ message, position, total, measure }: RowProps) {
  const mine = message.sender_type === "4";
  return (
    <li ref={measure} data-index={position - 1} aria-posinset={position} aria-setsize={total} className="msg-row">
      <div className={`msg ${mine ? "msg--mine" : "msg--theirs"}`}>
        <UnreadableBubble message={message} />
      </div>
    </li>
  );
}
