import { useId, useState } from "react";
import type { VisitorMessageDraft } from "../../../../contract/visitor.ts";
import { urlDraft } from "../lib/drafts.ts";
import type { Translate } from "../lib/translate.ts";

// A link or an image by its address, behind a toggle so the phone's screen stays the chat's.

export function UrlForm({ t, onSend, disabled }: { t: Translate; onSend: (draft: VisitorMessageDraft) => void; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState("");
  const [asImage, setAsImage] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  if (!open) {
    return (
      <button type="button" className="cx-button cx-button--quiet cx-button--small" onClick={() => setOpen(true)}>
        {t("composer.attach")}
      </button>
    );
  }
  return (
    <form
      className="cx-url-form"
      onSubmit={(event) => {
        event.preventDefault();
        const result = urlDraft(address, asImage, t);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        onSend(result.draft);
        setAddress("");
        setError(null);
        setOpen(false);
      }}
    >
      <label htmlFor={`${id}-url`}>{t("composer.attachUrl")}</label>
      <input
        id={`${id}-url`}
        type="url"
        inputMode="url"
        value={address}
        autoFocus
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setAddress(event.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-error`} className="cx-field-error" role="alert">
          {error}
        </p>
      )}
      <label className="cx-check">
        <input type="checkbox" checked={asImage} onChange={(event) => setAsImage(event.currentTarget.checked)} />
        {t("composer.attachAsImage")}
      </label>
      <div className="cx-url-form__actions">
        <button type="submit" className="cx-button cx-button--primary" disabled={disabled}>
          {asImage ? t("composer.attachImageSend") : t("composer.attachSend")}
        </button>
        <button type="button" className="cx-button" onClick={() => setOpen(false)}>
          {t("composer.cancel")}
        </button>
      </div>
    </form>
  );
}
