import { useTranslation } from "react-i18next";

/** Shown for the moment a lazily loaded screen takes to arrive. */
export function PaneLoading() {
  const { t } = useTranslation("app");
  return (
    <p className="muted pane-message" role="status">
      {t("loading")}
    </p>
  );
}
