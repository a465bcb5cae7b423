import { useCallback, useMemo } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { useWindowedList } from "../hooks/use-windowed-list.ts";
import type { DisplayMessage } from "../lib/merge-messages.ts";
import { MessageItem } from "./message-item.tsx";
import { UnreadableRow } from "./unreadable-message.tsx";

// The scrolling conversation. Only the messages near the viewport are rendered; reaching the top loads
// older pages without moving what the agent is reading; sending jumps to the newest message.

interface Props {
  messages: readonly DisplayMessage[];
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Loading an older page failed: offered again by button rather than by scrolling into a loop. */
  olderFailed: boolean;
  onLoadOlder: () => void;
  onRetry: ((message: DisplayMessage) => void) | undefined;
  /** The session is closed: nothing more will be written here. */
  readOnly: boolean;
  /** Names the customer's messages (see MessageItem). */
  customerLabel: string;
}

const dayOf = (time: number) => new Date(time).toDateString();

export function MessageList({ messages, hasOlder, loadingOlder, olderFailed, onLoadOlder, onRetry, readOnly, customerLabel }: Props) {
  const { t } = useTranslation("chat");
  const loadOlderIfIdle = useCallback(() => {
    if (hasOlder && !loadingOlder && !olderFailed) onLoadOlder();
  }, [hasOlder, loadingOlder, olderFailed, onLoadOlder]);
  const keys = useMemo(() => messages.map((m) => m.message_id), [messages]);
  const newest = messages.at(-1);
  const { scrollRef, listRef, measure, onScroll, start, end, paddingTop, paddingBottom } = useWindowedList({
    keys,
    estimateSize: 76,
    onNearTop: loadOlderIfIdle,
    follow: newest?.status === "sending" ? newest.message_id : undefined,
  });

  const rows = [];
  for (let i = start; i < end; i++) {
    const message = messages[i];
    if (!message) continue;
    const previous = messages[i - 1];
    const place = { position: i + 1, total: messages.length, measure };
    // Each message in its own boundary: one that fails to render is shown as "can't be shown", and the
    // rest of the conversation, the composer and the console go on working.
    rows.push(
      <ErrorBoundary key={message.message_id} resetKeys={[message]} fallback={<UnreadableRow message={message} {...place} />}>
        <MessageItem
          message={message}
          newDay={!previous || dayOf(previous.created_at) !== dayOf(message.created_at)}
          onRetry={onRetry}
          customerLabel={customerLabel}
          {...place}
        />
      </ErrorBoundary>,
    );
  }

  return (
    <div
      ref={scrollRef}
      className="chat-scroll"
      onScroll={onScroll}
      role="region"
      aria-label={t("list.label")}
      tabIndex={0}
    >
      <div className="chat-history-edge">
        {loadingOlder ? (
          <p role="status">{t("list.loadingOlder")}</p>
        ) : olderFailed ? (
          <p role="alert">
            {t("list.loadFailed")}{" "}
            <button type="button" className="button button--small" onClick={onLoadOlder}>
              {t("list.tryAgain")}
            </button>
          </p>
        ) : hasOlder ? (
          <button type="button" className="button button--quiet button--small" onClick={onLoadOlder}>
            {t("list.loadOlder")}
          </button>
        ) : messages.length > 0 ? (
          <p>{t("list.start")}</p>
        ) : (
          <p>{readOnly ? t("list.emptyClosed") : t("list.empty")}</p>
        )}
      </div>
      <ol
        ref={listRef}
        className="chat-messages"
        style={{ paddingTop, paddingBottom }}
      >
        {rows}
      </ol>
    </div>
  );
}
