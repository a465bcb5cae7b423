import { useTranslation } from "react-i18next";

// The top edge of the conversation, above its oldest loaded message: older pages loading, a failed
// load offered again by button (rather than by scrolling into a loop), or the start of the chat.

export interface HistoryEdgeProps {
  hasOlder: boolean;
  loadingOlder: boolean;
  /** Loading an older page failed. */
  olderFailed: boolean;
  onLoadOlder: () => void;
  /** The session is closed: nothing more will be written here. */
  readOnly: boolean;
  empty: boolean;
}

export function HistoryEdge({ hasOlder, loadingOlder, olderFailed, onLoadOlder, readOnly, empty }: HistoryEdgeProps) {
  const { t } = useTranslation("chat");
  if (loadingOlder) return <p role="status">{t("list.loadingOlder")}</p>;
  if (olderFailed)
    return (
      <p role="alert">
        {t("list.loadFailed")}{" "}
        <button type="button" className="button button--small" onClick={onLoadOlder}>
          {t("list.tryAgain")}
        </button>
      </p>
    );
  if (hasOlder)
    return (
      <button type="button" className="button button--quiet button--small" onClick={onLoadOlder}>
        {t("list.loadOlder")}
      </button>
    );
  if (!empty) return <p>{t("list.start")}</p>;
  return <p>{readOnly ? t("list.emptyClosed") : t("list.empty")}</p>;
}
