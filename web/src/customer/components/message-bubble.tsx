import type { VisitorConversationHeader } from "../../../../contract/visitor.ts";
import { type ChatMessage, deliveryState } from "../lib/conversation-state.ts";
import { errorWords } from "../lib/error-words.ts";
import type { Translate } from "../lib/translate.ts";
import { MessageContent } from "./message-content.tsx";

// One message: the agent's on the left under their display name, the customer's on the right with
// what became of it (sending, sent, read, or not sent with the reason and Retry).

interface MessageBubbleProps {
  message: ChatMessage;
  header: VisitorConversationHeader | null;
  t: Translate;
  timeFormat: Intl.DateTimeFormat;
  onRetry: (message: ChatMessage) => void;
}

export function MessageBubble({ message, header, t, timeFormat, onRetry }: MessageBubbleProps) {
  const mine = message.side === "customer";
  const state = mine ? deliveryState(message, header) : undefined;
  return (
    <li className={mine ? "cx-message cx-message--mine" : "cx-message"}>
      <p className="cx-message__meta">
        <span className="cx-message__who">{mine ? t("you") : (message.agent_name ?? t("agent"))}</span>{" "}
        <time dateTime={new Date(message.created_at).toISOString()}>{timeFormat.format(message.created_at)}</time>
      </p>
      <div className="cx-message__bubble">
        <MessageContent message={message} t={t} />
      </div>
      {state && state !== "failed" && <p className={`cx-message__status cx-message__status--${state}`}>{t(`status.${state}`)}</p>}
      {state === "failed" && (
        <div className="cx-message__failed" role="alert">
          <p className="cx-message__status cx-message__status--failed">
            {t("status.failed")}: {errorWords(message.error, t)}
          </p>
          <button type="button" className="cx-button cx-button--small" onClick={() => onRetry(message)}>
            {t("retry")}
          </button>
        </div>
      )}
    </li>
  );
}
