import { useTranslation } from "react-i18next";
import { hostAllowed } from "../../../../../contract/media-hosts.ts";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";
import { hostOf } from "../lib/format.ts";

// An image a message points at. From a configured media host it is shown; from anywhere else it is
// a link the agent chooses to open, so showing a chat never tells a third party it was read (the
// CSP would block the load anyway).

interface ExternalImageProps {
  src: string;
  alt: string;
  className?: string;
}

export function ExternalImage({ src, alt, className }: ExternalImageProps) {
  const { t } = useTranslation("chat");
  const hosts = useConsoleConfig().data?.media_hosts ?? [];
  if (hostAllowed(src, hosts)) return <img className={className} src={src} alt={alt} loading="lazy" referrerPolicy="no-referrer" />;
  return (
    <a className="msg-image-link" href={src} target="_blank" rel="noopener noreferrer">
      {t("content.openImage", { host: hostOf(src) })}
    </a>
  );
}
