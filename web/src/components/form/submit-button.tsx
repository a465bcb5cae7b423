import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNetworkState } from "../../lib/network-status.ts";

// The form's submit button. While a submit is under way it says so (or that it waits for the network)
// and stays focusable: aria-disabled, not disabled, so keyboard focus is not thrown to the page.

export function SubmitButton({ children, variant = "primary" }: { children: ReactNode; variant?: "primary" | "danger" }) {
  const { t } = useTranslation("common");
  const { formState } = useFormContext();
  const network = useNetworkState();
  const busy = formState.isSubmitting;
  return (
    <button type="submit" className={`button button--${variant}`} aria-disabled={busy || undefined}>
      {busy ? (network === "online" ? t("form.submitting") : t("form.waitingForNetwork")) : children}
    </button>
  );
}
