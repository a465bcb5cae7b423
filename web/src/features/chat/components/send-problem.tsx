import { get, useFormState, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useIssueText } from "../../../components/form/field-parts.tsx";
import { useComposerLabel } from "../hooks/use-composer-label.ts";
import { overLimits } from "../lib/composer-limits.ts";
import { type ComposerValues, composerValuesSchema } from "../lib/composer-values.ts";

// Why the message cannot be sent, said beside Send, where the agent is looking when it does not go:
// a field over its length limit as soon as it is (with the numbers), otherwise after a Send the first
// field in error on the page (the field says it too, but it may be scrolled out of the panel's view).

export function SendProblem({ firstErrorName }: { firstErrorName: string | undefined }) {
  const { t, i18n } = useTranslation("chat");
  const label = useComposerLabel();
  const issueText = useIssueText();
  const values = composerValuesSchema.parse(useWatch<ComposerValues>());
  const { errors } = useFormState<ComposerValues>();
  const format = (n: number) => n.toLocaleString(i18n.language);

  const over = overLimits(values)[0];
  let problem: string | undefined;
  if (over) {
    problem = t("composer.tooLong", { field: label(over.name), length: format(over.length), max: format(over.max) });
  } else if (firstErrorName && firstErrorName.startsWith(`${values.type}.`)) {
    const error = get(errors, firstErrorName) as { type?: string; message?: string } | undefined;
    if (error) problem = issueText(error, label(firstErrorName));
  }
  if (!problem) return null;
  return <p className="chat-send-problem">{t("composer.notSentBecause", { problem })}</p>;
}
