import { useTranslation } from "react-i18next";
import { auditOutcomeSchema, securityActions } from "../../../../../contract/board.ts";
import { topCalls } from "../../../../../contract/top-calls.ts";
import { Form } from "../../../components/form/form.tsx";
import { SelectField } from "../../../components/form/select-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { type AuditFilter, type AuditFilterValues, auditFilterSchema, callNames, type ConsoleAct, consoleActs } from "../lib/audit-filter.ts";

interface AuditFiltersProps {
  filter: AuditFilter;
  onApply: (filter: AuditFilter) => void;
  onReset: () => void;
}

export function AuditFilters({ filter, onApply, onReset }: AuditFiltersProps) {
  const { t } = useTranslation("audit");
  const filtered = Object.values(filter).some((value) => value !== undefined);
  return (
    <Form<AuditFilterValues, AuditFilter>
      schema={auditFilterSchema}
      defaultValues={filter}
      aria-label={t("filters.label")}
      className="filter-bar"
      onSubmit={onApply}
      actions={
        <>
          <SubmitButton>{t("filters.apply")}</SubmitButton>
          {filtered && (
            <button type="button" className="button button--quiet" onClick={onReset}>
              {t("filters.reset")}
            </button>
          )}
        </>
      }
    >
      <TextField name="sid" label={t("filters.sid")} />
      <TextField name="actor" label={t("filters.actor")} placeholder={t("filters.actorHint")} />
      <SelectField
        name="method"
        label={t("filters.method")}
        placeholder={t("filters.anyMethod")}
        options={[
          ...callNames.map((name) => ({ value: topCalls[name].method, label: t(`method.${name}`) })),
          ...(Object.keys(consoleActs) as ConsoleAct[]).map((act) => ({ value: consoleActs[act], label: t(`consoleAct.${act}`) })),
          ...securityActions.map((action) => ({ value: action, label: t(`security.${action}`) })),
        ]}
      />
      <SelectField
        name="outcome"
        label={t("filters.outcome")}
        placeholder={t("filters.anyOutcome")}
        options={auditOutcomeSchema.options.map((value) => ({ value, label: t(`outcome.${value}`) }))}
      />
    </Form>
  );
}
