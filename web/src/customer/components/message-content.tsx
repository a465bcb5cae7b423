import type { ReactNode } from "react";
import type { ChatMessage } from "../lib/conversation-state.ts";
import type { Translate } from "../lib/translate.ts";

// A message's body by its type. Customers send text, links and images; agents may also send the
// console's richer types, shown here in their plain form. URLs are http(s) only (the contract's
// schemas), and open in a new tab without handing this page to them.

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function MessageContent({ message, t }: { message: ChatMessage; t: Translate }) {
  const imageAlt = message.side === "agent" ? t("agentImage", { name: message.agent_name ?? t("agent") }) : t("image");
  switch (message.type) {
    case "TEXT":
      return <p className="cx-text">{message.payload.text}</p>;
    case "LINK":
      return (
        <p className="cx-text">
          <ExternalLink href={message.payload.messageUrl}>{message.payload.title}</ExternalLink>
          {message.payload.text !== message.payload.title && <span className="cx-link-text">{message.payload.text}</span>}
        </p>
      );
    case "IMAGE":
      return message.payload.url ? (
        <ExternalLink href={message.payload.url}>
          <img className="cx-image" src={message.payload.url} alt={imageAlt} loading="lazy" />
        </ExternalLink>
      ) : (
        <p className="cx-text">{t("cannotShow")}</p>
      );
    case "MARK_DOWN":
      return <p className="cx-text"><strong>{message.payload.title}</strong>{"\n"}{message.payload.text}</p>;
    case "ACTION_CARD":
      return (
        <div className="cx-text">
          <strong>{message.payload.title}</strong>
          <p>{message.payload.markdown}</p>
          {message.payload.buttons.map((button) => (
            <p key={button.actionURL + button.title}>
              <ExternalLink href={button.actionURL}>{button.title}</ExternalLink>
            </p>
          ))}
        </div>
      );
    case "RICH_TEXT":
      return (
        <p className="cx-text">
          {message.payload.richText.map((run, index) =>
            "text" in run ? (run.bold ? <strong key={index}>{run.text}</strong> : <span key={index}>{run.text}</span>) : <img key={index} className="cx-image" src={run.imageUrl} alt={imageAlt} />,
          )}
        </p>
      );
    case "VIDEO":
    case "VOICE":
    case "FILE":
      return message.payload.url ? (
        <p className="cx-text">
          <ExternalLink href={message.payload.url}>{"fileName" in message.payload ? message.payload.fileName : message.payload.url}</ExternalLink>
        </p>
      ) : (
        <p className="cx-text">{t("cannotShow")}</p>
      );
    default:
      // A read receipt is never shown as a message; an unreadable one says so.
      return <p className="cx-text cx-text--muted">{t("cannotShow")}</p>;
  }
}
