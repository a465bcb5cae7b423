import { useTranslation } from "react-i18next";
import type { MessageDraft, MessagePayloads } from "../../../../../contract/message-content.ts";
import { hostOf } from "../lib/format.ts";
import { safeUrl } from "../lib/safe-url.ts";
import { ExternalImage } from "./external-image.tsx";
import { MarkdownView } from "./markdown-view.tsx";
import { FileContent, ImageContent, MediaContent } from "./media-content.tsx";

// The body of a message by its type: used in the list and in the composer's live preview, so what the
// agent previews is exactly what the conversation will show. MSG_READ is drawn by the list item.

const external = { target: "_blank", rel: "noopener noreferrer" } as const;

function Link({ title, text, messageUrl, picUrl }: MessagePayloads["LINK"]) {
  const { t } = useTranslation("chat");
  const href = safeUrl(messageUrl);
  const pic = picUrl && safeUrl(picUrl);
  return (
    <div className="msg-card msg-link">
      {pic && <ExternalImage src={pic} alt="" />}
      <div>
        {href ? (
          <a className="msg-card-title" href={href} {...external}>
            {title}
          </a>
        ) : (
          <span className="msg-card-title">{title}</span>
        )}
        <p className="msg-text">{text}</p>
        <span className="msg-muted">{t("content.linkTo", { host: hostOf(messageUrl) })}</span>
      </div>
    </div>
  );
}

function ActionCard({ title, markdown, buttons, btnOrientation }: MessagePayloads["ACTION_CARD"]) {
  return (
    <div className="msg-card msg-action-card">
      <p className="msg-card-title">{title}</p>
      <MarkdownView source={markdown} />
      <div className={`msg-card-buttons${btnOrientation === "1" ? " msg-card-buttons--row" : ""}`}>
        {buttons.map((button, i) => {
          const href = safeUrl(button.actionURL);
          return href ? (
            <a key={i} className="msg-card-button" href={href} {...external}>
              {button.title}
            </a>
          ) : (
            <span key={i} className="msg-card-button">
              {button.title}
            </span>
          );
        })}
      </div>
    </div>
  );
}

function RichText({ richText }: MessagePayloads["RICH_TEXT"]) {
  const { t } = useTranslation("chat");
  return (
    <div className="msg-rich">
      {richText.map((run, i) => {
        if ("imageUrl" in run) {
          const src = safeUrl(run.imageUrl);
          return src ? <ExternalImage key={i} src={src} alt={t("content.imageAlt")} /> : null;
        }
        return run.bold ? <strong key={i}>{run.text}</strong> : <span key={i}>{run.text}</span>;
      })}
    </div>
  );
}

export function MessageContent({ draft }: { draft: MessageDraft }) {
  switch (draft.type) {
    case "TEXT":
      return <p className="msg-text">{draft.payload.text}</p>;
    case "IMAGE":
      return <ImageContent {...draft.payload} />;
    case "VIDEO":
      return <MediaContent kind="video" {...draft.payload} />;
    case "VOICE":
      return <MediaContent kind="voice" {...draft.payload} />;
    case "FILE":
      return <FileContent {...draft.payload} />;
    case "LINK":
      return <Link {...draft.payload} />;
    case "MARK_DOWN":
      return (
        <div className="msg-markdown">
          <p className="msg-card-title">{draft.payload.title}</p>
          <MarkdownView source={draft.payload.text} />
        </div>
      );
    case "ACTION_CARD":
      return <ActionCard {...draft.payload} />;
    case "RICH_TEXT":
      return <RichText {...draft.payload} />;
    case "MSG_READ":
      return null;
  }
}
