import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { PanelType } from "../lib/composer-values.ts";
import { ComposerFields } from "./composer-fields.tsx";
import { ComposerPreview } from "./composer-preview.tsx";

// The form of an Attach or Insert item, in place of the text box, with its live preview. Cancel or
// Esc goes back to the text box; the text typed there, and this panel's own fields, are kept.

interface Props {
  type: PanelType;
  onCancel: () => void;
  /** The panel's first field is focused when it opens: a ref to its container finds it. */
  containerRef: (element: HTMLElement | null) => void;
}

export function ComposerPanel({ type, onCancel, containerRef }: Props) {
  const { t } = useTranslation("chat");
  const headingId = useId();
  return (
    <section
      ref={containerRef}
      className="chat-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="chat-panel-head">
        <h3 id={headingId} className="chat-panel-title">
          {t("composer.panelTitle", { type: t(`composer.types.${type}`) })}
        </h3>
        <p className="chat-hint">{t("composer.cancelHint")}</p>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {t("composer.cancel")}
        </button>
      </div>
      <div className="chat-composer-body chat-composer-body--preview">
        <div className="chat-composer-fields">
          <ComposerFields type={type} />
        </div>
        <ComposerPreview />
      </div>
    </section>
  );
}
