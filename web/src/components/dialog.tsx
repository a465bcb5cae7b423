import "./dialog.css";
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

// A modal on the native <dialog>: showModal() makes the page behind it inert (focus stays inside) and
// Escape closes it. Focus goes to the element marked `data-autofocus`, and back to whatever opened
// the dialog when it closes. Content mounts only while open, so a form inside starts fresh each time.

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  wide?: boolean;
  /** False for a dialog that must be answered (e.g. sign in again): no close button, Escape does nothing. */
  dismissible?: boolean;
  children: ReactNode;
}

export function Dialog({ open, onClose, title, description, wide, dismissible = true, children }: DialogProps) {
  const { t } = useTranslation("common");
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Read by the close handler, which can run before React re-subscribes it after `open` changes.
  const wantsOpen = useRef(open);
  const titleId = useId();
  const descriptionId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    wantsOpen.current = open;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleCancel = (event: Event) => {
      if (!dismissible) event.preventDefault();
    };
    const handleClose = () => {
      // Browsers may close a modal on a repeated Escape even when `cancel` was prevented: reopen it.
      if (!dismissible && wantsOpen.current) {
        dialog.showModal();
        return;
      }
      const previous = opener.current;
      opener.current = null;
      // Give focus back only if nothing else took it meanwhile: what the dialog did may have moved it
      // on on purpose (a new session focuses its composer), and the close event comes a task later.
      const active = document.activeElement;
      const taken = active !== null && active !== document.body && active !== previous && !dialog.contains(active);
      if (previous?.isConnected && !taken) previous.focus();
      onClose();
    };
    dialog.addEventListener("cancel", handleCancel);
    dialog.addEventListener("close", handleClose);
    return () => {
      dialog.removeEventListener("cancel", handleCancel);
      dialog.removeEventListener("close", handleClose);
    };
  }, [onClose, dismissible]);

  return (
    <dialog
      ref={ref}
      className={wide ? "dialog dialog--wide" : "dialog"}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      {open && (
        <div className="dialog__frame">
          <div className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            {dismissible && (
              <button
                type="button"
                className="button button--icon button--quiet"
                aria-label={t("dialog.close")}
                onClick={() => ref.current?.close()}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
          {description && (
            <p id={descriptionId} className="dialog__description">
              {description}
            </p>
          )}
          <div className="dialog__body">{children}</div>
        </div>
      )}
    </dialog>
  );
}
