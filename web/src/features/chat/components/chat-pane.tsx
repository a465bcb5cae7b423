import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { useSendMessage } from "../api/send-message.ts";
import { useChatMessages } from "../hooks/use-chat-messages.ts";
import { type DisplayMessage, resendBody } from "../lib/merge-messages.ts";
import { Composer } from "./composer.tsx";
import { MessageList } from "./message-list.tsx";
import "./chat.css";

// The conversation of one session: its messages and, while it is open, the composer. A closed session
// is read-only: its history stays readable, nothing can be sent or retried. Why and when it closed is
// said once, in the session header.

interface ChatPaneProps {
  session: SessionView;
  /** The signed-in agent's display name: a quick reply's {{agent_name}}. */
  agentName: string;
  /** The signed-in user's username: their own messages say "You", everyone else's are named. */
  viewer: string;
}

export function ChatPane({ session, agentName, viewer }: ChatPaneProps) {
  const { t } = useTranslation(["chat", "sessions"]);
  const writer = useMemo(() => ({ username: viewer, display_name: agentName }), [viewer, agentName]);
  const { query, messages } = useChatMessages(session.sid, writer);
  const { mutate } = useSendMessage(session.sid);
  const readOnly = session.status === "closed";
  const { fetchNextPage, refetch } = query;

  // Same message_id, same content: the BFF retries the stored message and never delivers it twice.
  const retry = useCallback(
    (message: DisplayMessage) => {
      const body = resendBody(message);
      if (body) mutate(body);
    },
    [mutate],
  );
  const loadOlder = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const customerLabel = `${session.channel_nick ?? session.channel_uid} · ${t(`sessions:channel.${session.channel}`)}`;
  const names = useMemo(() => ({ customer: customerLabel, viewer }), [customerLabel, viewer]);
  const replyContext = useMemo(
    () => ({ customerNickname: session.channel_nick, channelUid: session.channel_uid, agentName }),
    [session.channel_nick, session.channel_uid, agentName],
  );
  const sentIds = useMemo(() => new Set(messages.filter((m) => m.status === "sent").map((m) => m.message_id)), [messages]);

  return (
    <div className="chat-pane">
      {query.isPending ? (
        <p className="chat-pane-message chat-muted" role="status">
          {t("list.loading")}
        </p>
      ) : query.isError && !query.data ? (
        <div className="chat-pane-message">
          <ApiErrorNotice error={query.error} onRetry={() => void refetch()} />
        </div>
      ) : (
        <MessageList
          // Keyed: another session opens on its own newest message, with its own scroll state.
          key={session.sid}
          messages={messages}
          hasOlder={query.hasNextPage}
          loadingOlder={query.isFetchingNextPage}
          olderFailed={query.isFetchNextPageError}
          onLoadOlder={loadOlder}
          onRetry={readOnly ? undefined : retry}
          readOnly={readOnly}
          names={names}
        />
      )}
      {!readOnly && <Composer key={session.sid} sid={session.sid} sentIds={sentIds} replyContext={replyContext} />}
    </div>
  );
}
