import { useTranslation } from "react-i18next";
import { closeReasonValues } from "../../../../contract/top-dtos.ts";
import { RadioGroupField } from "./radio-group-field.tsx";

// Why a session ends (lippi.session.close's `reason`), the same three choices wherever sessions are
// closed: one at a time from the workspace, or in bulk from the board.

export function CloseReasonField({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation("common");
  return (
    <RadioGroupField
      name="reason"
      label={t("closeReason.label")}
      autoFocus={autoFocus}
      options={closeReasonValues.map((value) => ({ value, label: t(`closeReason.${value}`) }))}
    />
  );
}
