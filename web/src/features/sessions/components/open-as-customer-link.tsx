import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { visitorPaths } from "../../../../../contract/visitor.ts";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";

// Sandbox only: the customer's chat page for this session in a new tab, so one person can demo both
// sides. The BFF's route exists only in sandbox mode; against the live platform nothing is offered.

export function OpenAsCustomerLink({ session }: { session: SessionView }) {
  const { t } = useTranslation("sessions");
  const config = useConsoleConfig();
  if (config.data?.mode !== "sandbox" || session.origin !== "customer") return null;
  return (
    <a className="button" href={visitorPaths.openAsCustomer(session.sid)} target="_blank" rel="noopener" title={t("asCustomer.hint")}>
      {t("asCustomer.button")}
    </a>
  );
}
