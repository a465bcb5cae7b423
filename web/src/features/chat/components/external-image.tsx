import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hostAllowed } from "../../../../../contract/media-hosts.ts";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";
import { hostOf } from "../lib/format.ts";
import { ImageIcon } from "./icons.tsx";

// An image a message points at. From a configured media host it is shown; from anywhere else it is
// a link the agent chooses to open, so showing a chat never tells a third party it was read (the
// CSP would block the load anyway). An image that fails to load (gone, expired, not an image) is a
// neat placeholder with its address and a link, never the browser's broken-image icon.

interface ExternalImageProps {
  src: string;
  alt: string;
  className?: string;
  /** The alt text is the writer's words (a markdown image), so a failed load names the image by it. */
  named?: boolean;
}

const external = { target: "_blank", rel: "noopener noreferrer" } as const;

/** Host and path, without the query string (signed media URLs carry long tokens there). */
function shortAddress(src: string): string {
  try {
    const url = new URL(src);
    return `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return src;
  }
}

export function BrokenImage({ src, name }: { src: string; name: string | undefined }) {
  const { t } = useTranslation("chat");
  return (
    <span className="msg-image-broken">
      <ImageIcon />
      <span className="msg-image-broken-text">
        <span>{name ? t("content.imageBrokenNamed", { alt: name }) : t("content.imageBroken")}</span>
        <span className="msg-image-broken-url" title={src}>
          {shortAddress(src)}
        </span>
      </span>
      <a className="msg-image-broken-open" href={src} {...external}>
        {t("content.openLink")}
      </a>
    </span>
  );
}

export function ExternalImage({ src, alt, className, named = false }: ExternalImageProps) {
  const { t } = useTranslation("chat");
  const hosts = useConsoleConfig().data?.media_hosts ?? [];
  // Remembers which address failed, so a message edited to another address tries that one.
  const [failed, setFailed] = useState<string | undefined>(undefined);
  if (!hostAllowed(src, hosts)) {
    return (
      <a className="msg-image-link" href={src} {...external}>
        {t("content.openImage", { host: hostOf(src) })}
      </a>
    );
  }
  if (failed === src) return <BrokenImage src={src} name={named && alt ? alt : undefined} />;
  return <img className={className} src={src} alt={alt} loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(src)} />;
}
