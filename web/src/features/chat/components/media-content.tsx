import { useTranslation } from "react-i18next";
import type { MessagePayloads } from "../../../../../contract/message-content.ts";
import { formatDuration, formatSize } from "../lib/format.ts";
import { safeUrl } from "../lib/safe-url.ts";
import { ExternalImage } from "./external-image.tsx";
import { FileIcon, ImageIcon, MicIcon, PlayIcon } from "./icons.tsx";

// Messages that carry media: an image, a video or voice clip, a file. Each is addressed by a URL, a
// DingTalk media ID or both; a URL becomes a link, a media ID is shown for the agent to quote.

const external = { target: "_blank", rel: "noopener noreferrer" } as const;

function MediaId({ id }: { id: string | undefined }) {
  const { t } = useTranslation("chat");
  return id ? <span className="msg-media-id">{t("content.mediaId", { id })}</span> : null;
}

export function ImageContent({ url, mediaId }: MessagePayloads["IMAGE"]) {
  const { t } = useTranslation("chat");
  const src = url && safeUrl(url);
  if (!src)
    return (
      <div className="msg-card msg-media">
        <ImageIcon />
        <span className="msg-card-title">{t("content.image")}</span>
        <MediaId id={mediaId} />
      </div>
    );
  return (
    <figure className="msg-image">
      <ExternalImage src={src} alt={t("content.imageAlt")} />
      {mediaId && (
        <figcaption>
          <MediaId id={mediaId} />
        </figcaption>
      )}
    </figure>
  );
}

interface MediaProps {
  kind: "video" | "voice";
  url?: string | undefined;
  mediaId?: string | undefined;
  duration: number;
  picUrl?: string | undefined;
}

export function MediaContent({ kind, url, mediaId, duration, picUrl }: MediaProps) {
  const { t } = useTranslation("chat");
  const href = url && safeUrl(url);
  const cover = picUrl && safeUrl(picUrl);
  return (
    <div className="msg-card msg-media">
      {cover && <ExternalImage className="msg-media-cover" src={cover} alt="" />}
      {kind === "video" ? <PlayIcon /> : <MicIcon />}
      <span className="msg-card-title">
        {t(kind === "video" ? "content.video" : "content.voice")} · {formatDuration(duration)}
      </span>
      {href && (
        <a href={href} {...external}>
          {t(kind === "video" ? "content.openVideo" : "content.play")}
        </a>
      )}
      <MediaId id={mediaId} />
    </div>
  );
}

export function FileContent({ url, mediaId, fileName, fileSize }: MessagePayloads["FILE"]) {
  const { t } = useTranslation("chat");
  const href = url && safeUrl(url);
  const size = fileSize === undefined ? undefined : formatSize(fileSize);
  return (
    <div className="msg-card msg-media">
      <FileIcon />
      <span className="msg-card-title">{fileName}</span>
      <span className="msg-muted">{size ? t(`format.${size.unit}`, { value: size.value }) : t("content.unknownSize")}</span>
      {href && (
        <a href={href} {...external} download={fileName}>
          {t("content.download")}
        </a>
      )}
      <MediaId id={mediaId} />
    </div>
  );
}
