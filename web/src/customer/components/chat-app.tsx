import { useEffect } from "react";
import { useConversation } from "../hooks/use-conversation.ts";
import { useLanguage } from "../hooks/use-language.ts";
import { readEmbedIdentity } from "../lib/embed-identity.ts";
import { errorWords } from "../lib/error-words.ts";
import { identifyVisitor } from "../lib/visitor-api.ts";
import { ChatHeader } from "./chat-header.tsx";
import { Composer } from "./composer.tsx";
import { EndedPanel } from "./ended-panel.tsx";
import { MessageList } from "./message-list.tsx";
import { NicknameForm } from "./nickname-form.tsx";
import { Notices } from "./notices.tsx";

// The customer's chat page. Never blank: while loading it says so, a failed load says why with
// Try again, and an empty conversation invites the first message.

export function ChatApp() {
  const { language, t, setLanguage } = useLanguage();
  const chat = useConversation();
  const { state, load, reload } = chat;
  const closed = state.header?.status === "closed";

  useEffect(() => {
    // A host site's signed member (widget.js): checked by the BFF, then gone from the address bar.
    const identity = readEmbedIdentity(window.location.hash);
    if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
    if (identity) identifyVisitor(identity).then(reload, reload);
  }, [reload]);

  return (
    <div className="cx-page">
      <ChatHeader
        t={t}
        language={language}
        onLanguage={setLanguage}
        agentName={state.header?.status === "open" ? state.header.agent_name : undefined}
        canEnd={state.header?.status === "open"}
        ending={chat.ending}
        onEnd={() => void chat.end()}
      />
      <main className="cx-main">
        <Notices t={t} problem={chat.problem} live={chat.live} />
        {load.kind === "loading" && <p className="cx-empty">{t("loading")}</p>}
        {load.kind === "failed" && (
          <div className="cx-empty" role="alert">
            <p>{t("errors.loading")} {errorWords(load.error, t, load.network)}</p>
            <button type="button" className="cx-button" onClick={() => void reload()}>
              {t("errors.tryAgain")}
            </button>
          </div>
        )}
        {load.kind === "ready" && state.messages.length === 0 && (
          <div className="cx-empty">
            <p>{t("intro")}</p>
            <NicknameForm t={t} initial={chat.profile.nickname} onSaved={(nickname) => chat.setProfile({ ...chat.profile, nickname })} />
          </div>
        )}
        {state.messages.length > 0 && <MessageList messages={state.messages} header={state.header} t={t} language={language} onRetry={chat.retry} />}
        {state.header?.status === "open" && !state.header.agent_name && <p className="cx-waiting">{t("waitingForAgent")}</p>}
      </main>
      <footer className="cx-footer">
        {closed && state.header ? (
          <EndedPanel t={t} header={state.header} onStartNew={chat.startNew} />
        ) : (
          <Composer t={t} onSend={(draft) => void chat.send(draft)} disabled={load.kind !== "ready"} />
        )}
      </footer>
    </div>
  );
}
