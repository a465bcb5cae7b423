import { useEffect, useMemo, useRef } from "react";
import type { VisitorConversationHeader } from "../../../../contract/visitor.ts";
import type { Language } from "../../i18n/languages.ts";
import type { ChatMessage } from "../lib/conversation-state.ts";
import type { Translate } from "../lib/translate.ts";
import { MessageBubble } from "./message-bubble.tsx";

// The conversation, oldest first, kept scrolled to the newest message. A polite live region, so a
// screen reader announces the agent's replies as they arrive.

interface MessageListProps {
  messages: ChatMessage[];
  header: VisitorConversationHeader | null;
  t: Translate;
  language: Language;
  onRetry: (message: ChatMessage) => void;
}

export function MessageList({ messages, header, t, language, onRetry }: MessageListProps) {
  const end = useRef<HTMLDivElement>(null);
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit" }), [language]);
  const last = messages.at(-1);

  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [messages.length, last?.message_id, last?.status]);

  return (
    <section className="cx-messages" aria-label={t("title")}>
      <ol className="cx-messages__list" aria-live="polite" aria-relevant="additions">
        {messages.map((message) => (
          <MessageBubble key={message.message_id} message={message} header={header} t={t} timeFormat={timeFormat} onRetry={onRetry} />
        ))}
      </ol>
      <div ref={end} />
    </section>
  );
}
