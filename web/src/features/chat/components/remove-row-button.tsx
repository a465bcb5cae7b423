import { useTranslation } from "react-i18next";

/** The "Remove" button of a repeated composer row (action-card buttons, rich-text blocks). */
export function RemoveRowButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation("chat");
  return (
    <button type="button" className="button button--small chat-remove" onClick={onRemove} aria-label={label}>
      {t("composer.fields.remove")}
    </button>
  );
}
