import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

// Copies a text and says so through a polite live region (and visibly, next to the button). The
// region is always rendered so screen readers notice when its text changes.

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
  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--small button--quiet"
        aria-label={`${visible}: ${what}`}
        onClick={() => void copy()}
      >
        {visible}
      </button>
      <span role="status" className={result === "failed" ? "copy-button__status copy-button__status--failed" : "copy-button__status"}>
        {result === "copied" && t("actions.copied", { what })}
        {result === "failed" && t("actions.copyFailed", { what })}
      </span>
    </span>
  );
}
