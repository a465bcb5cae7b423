import { useCallback, useMemo } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { useTranslation } from "react-i18next";
import { HISTORY_EDGE_PX, useChatVirtualizer } from "../hooks/use-chat-virtualizer.ts";
import type { DisplayMessage } from "../lib/merge-messages.ts";
import { HistoryEdge, type HistoryEdgeProps } from "./message-list-edge.tsx";
import type { SenderNames } from "../lib/sender-label.ts";
import { MessageItem } from "./message-item.tsx";
import { UnreadableRow } from "./unreadable-message.tsx";

// The scrolling conversation. Only the messages near the viewport are rendered (see
// use-chat-virtualizer.ts); it opens on the newest message, loads older pages before the reader
// reaches them without moving what they read, and offers a jump back when messages arrive below.

interface Props extends Omit<HistoryEdgeProps, "empty"> {
  messages: readonly DisplayMessage[];
  onRetry: ((message: DisplayMessage) => void) | undefined;
  /** Who wrote what: the customer's label, and the signed-in user (their own messages say "You"). */
  names: SenderNames;
}

const dayOf = (time: number) => new Date(time).toDateString();

export function MessageList({ messages, hasOlder, loadingOlder, olderFailed, onLoadOlder, onRetry, readOnly, names }: Props) {
  const { t } = useTranslation("chat");
  const loadOlderIfIdle = useCallback(() => {
    if (hasOlder && !loadingOlder && !olderFailed) onLoadOlder();
  }, [hasOlder, loadingOlder, olderFailed, onLoadOlder]);
  const keys = useMemo(() => messages.map((m) => m.message_id), [messages]);
  const newest = messages.at(-1);
  const { scrollRef, virtualizer, items, onScroll, unseen, jumpToNewest } = useChatVirtualizer({
    keys,
    onNearTop: loadOlderIfIdle,
    follow: newest?.status === "sending" ? newest.message_id : undefined,
  });

  const rows = items.map(({ index }) => {
    const message = messages[index];
    if (!message) return null;
    const previous = messages[index - 1];
    const place = { position: index + 1, total: messages.length, measure: virtualizer.measureElement };
    // Each message in its own boundary: one that fails to render is shown as "can't be shown", and the
    // rest of the conversation, the composer and the console go on working.
    return (
      <ErrorBoundary key={message.message_id} resetKeys={[message]} fallback={<UnreadableRow message={message} {...place} />}>
        <MessageItem
          message={message}
          newDay={!previous || dayOf(previous.created_at) !== dayOf(message.created_at)}
          onRetry={onRetry}
          names={names}
          {...place}
        />
      </ErrorBoundary>
    );
  });

  return (
    <div className="chat-list">
      <div ref={scrollRef} className="chat-scroll" onScroll={onScroll} role="region" aria-label={t("list.label")} tabIndex={0}>
        <div className="chat-virtual" style={{ height: virtualizer.getTotalSize() }}>
          <div className="chat-history-edge" style={{ height: HISTORY_EDGE_PX }}>
            <HistoryEdge
              hasOlder={hasOlder}
              loadingOlder={loadingOlder}
              olderFailed={olderFailed}
              onLoadOlder={onLoadOlder}
              readOnly={readOnly}
              empty={messages.length === 0}
            />
          </div>
          <ol className="chat-messages" style={{ transform: `translateY(${items[0]?.start ?? HISTORY_EDGE_PX}px)` }}>
            {rows}
          </ol>
        </div>
      </div>
      {unseen > 0 && (
        <button type="button" className="button button--small chat-jump" onClick={jumpToNewest}>
          {t("list.newMessagesCount", { count: unseen })} ↓
        </button>
      )}
    </div>
  );
}
