import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

// Copies a text and says so: "Copied" takes the label's place inside the button, in a cell sized for
// both, so nothing around it moves; a polite live region (always rendered, so screen readers notice its
// text change) announces the whole sentence. A failure is shown in words below: it needs reading, and
// it is rare enough that moving the layout then is the lesser harm.

interface CopyButtonProps {
  text: string;
  /** What is copied, in the UI language, e.g. "the DingTalk link"; used in the button's name and the announcement. */
  what: string;
  /** Visible label; defaults to "Copy". */
  label?: string;
}

export function CopyButton({ text, what, label }: CopyButtonProps) {
  const { t } = useTranslation("common");
  const [result, setResult] = useState<"copied" | "failed" | undefined>();

  useEffect(() => {
    if (result === undefined) return;
    const timer = window.setTimeout(() => setResult(undefined), 4000);
    return () => window.clearTimeout(timer);
  }, [result]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }

  const visible = label ?? t("actions.copy");
  const copied = result === "copied";
  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`${visible}: ${what}`}
        onClick={() => void copy()}
      >
        <span className="copy-button__labels">
          <span data-shown={!copied}>{visible}</span>
          <span className="copy-button__done" data-shown={copied} aria-hidden="true">
            ✓ {t("actions.copiedShort")}
          </span>
        </span>
      </button>
      <span
        role="status"
        className={result === "failed" ? "copy-button__status copy-button__status--failed" : "visually-hidden"}
      >
        {copied && t("actions.copied", { what })}
        {result === "failed" && t("actions.copyFailed", { what })}
      </span>
    </span>
  );
}
