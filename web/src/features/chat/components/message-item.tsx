import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { dateTimeFormat } from "../../../lib/intl-formats.ts";
import type { DisplayMessage } from "../lib/merge-messages.ts";
import { type SenderNames, senderLabel } from "../lib/sender-label.ts";
import { CheckIcon } from "./icons.tsx";
import { MessageContent } from "./message-content.tsx";
import { MessageFailure } from "./message-failure.tsx";
import { UnreadableBubble } from "./unreadable-message.tsx";

// One row of the conversation: a bubble (the staff's on the right, the customer's on the left), named
// by who wrote it (lib/sender-label.ts), its time and delivery status, and what to do when it failed.
// A read receipt is a quiet system line. The server hands over the typed payload, or `unreadable`:
// nothing is decoded here.

interface Props {
  message: DisplayMessage;
  /** Set when the day differs from the previous message: a date line is drawn above. */
  newDay: boolean;
  position: number;
  total: number;
  onRetry: ((message: DisplayMessage) => void) | undefined;
  measure: (element: HTMLLIElement | null) => void;
  names: SenderNames;
}

function useFormatters() {
  const { i18n } = useTranslation("chat");
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(
    () => ({
      time: dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" }),
      day: dateTimeFormat(locale, { dateStyle: "medium" }),
      full: dateTimeFormat(locale, { dateStyle: "full", timeStyle: "medium" }),
    }),
    [locale],
  );
}

function Sender({ message, names }: { message: DisplayMessage; names: SenderNames }) {
  const { t } = useTranslation("chat");
  const label = senderLabel(message, names);
  switch (label.kind) {
    case "you":
      // One's own messages are on the right, unnamed, as in every chat; a screen reader still hears whose.
      return <span className="visually-hidden">{t("list.you")}</span>;
    case "staff":
      return (
        <span className="msg-sender" title={label.username}>
          {label.text}
        </span>
      );
    case "agent":
      return <span className="msg-sender">{t("list.agent")}</span>;
    case "customer":
      return <span className="msg-sender">{label.text}</span>;
  }
}

function Status({ message }: { message: DisplayMessage }) {
  const { t } = useTranslation("chat");
  return (
    <span className={`msg-status msg-status--${message.status}`}>
      {message.status === "sent" && <CheckIcon />}
      {t(`status.${message.status}`)}
    </span>
  );
}

export const MessageItem = memo(function MessageItem({ message, newDay, position, total, onRetry, measure, names }: Props) {
  const { t } = useTranslation("chat");
  const format = useFormatters();
  const created = new Date(message.created_at);
  const mine = message.sender_type === "4";
  const failed = message.status === "failed" || message.status === "unconfirmed";
  const time = (
    <time dateTime={created.toISOString()} title={format.full.format(created)}>
      {format.time.format(created)}
    </time>
  );

  return (
    <li ref={measure} data-index={position - 1} aria-posinset={position} aria-setsize={total} className="msg-row">
      {newDay && <p className="msg-day">{format.day.format(created)}</p>}
      {message.type === "MSG_READ" ? (
        <div className="msg-system">
          <p>
            {t("content.read", { time: format.time.format(new Date(message.payload.readTime)) })}
            {message.status !== "sent" && <Status message={message} />}
          </p>
          {failed && <MessageFailure message={message} onRetry={onRetry} />}
        </div>
      ) : (
        <div className={`msg ${mine ? "msg--mine" : "msg--theirs"}${failed ? " msg--failed" : ""}`}>
          {message.type === "unreadable" ? (
            <UnreadableBubble message={message} />
          ) : (
            <div className="msg-bubble">
              <MessageContent draft={message} />
            </div>
          )}
          <p className="msg-meta">
            <Sender message={message} names={names} />
            {time}
            {mine && <Status message={message} />}
          </p>
          {failed && <MessageFailure message={message} onRetry={onRetry} />}
        </div>
      )}
    </li>
  );
});
