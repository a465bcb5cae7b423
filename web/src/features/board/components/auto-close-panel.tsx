import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type AutoClosePolicy, autoClosePolicySchema } from "../../../../../contract/board.ts";
import { closeReasonValues } from "../../../../../contract/top-dtos.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { CheckboxField } from "../../../components/form/checkbox-field.tsx";
import { Form } from "../../../components/form/form.tsx";
import { SelectField } from "../../../components/form/select-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { useAutoClosePolicy } from "../api/get-auto-close-policy.ts";
import { useSaveAutoClosePolicy } from "../api/save-auto-close-policy.ts";

// The auto-close policy: what it does and that it is off unless a supervisor turns it on, then the
// form, checked with the contract's schema (the one the server checks too).

export function AutoClosePanel() {
  const { t } = useTranslation(["board", "common"]);
  const policy = useAutoClosePolicy();
  const save = useSaveAutoClosePolicy();
  const headingId = useId();
  const descriptionId = useId();
  const current = policy.data;

  return (
    <section className="panel auto-close" aria-labelledby={headingId} aria-describedby={descriptionId}>
      <div className="auto-close__head">
        <h2 id={headingId} className="panel__title">
          {t("autoClose.title")}
        </h2>
        {current && (
          <span className={current.enabled ? "badge badge--open" : "badge badge--closed"}>
            {current.enabled ? t("autoClose.on", { minutes: current.idle_minutes }) : t("autoClose.off")}
          </span>
        )}
      </div>
      <p id={descriptionId} className="muted auto-close__description">
        {t("autoClose.description")}
      </p>
      {current ? (
        // Keyed by the saved policy: after a save (or a change elsewhere) the form shows what is in force.
        <AutoCloseForm key={JSON.stringify(current)} policy={current} onSave={(next) => save.mutateAsync(next)} />
      ) : policy.isError ? (
        <ApiErrorNotice error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <p className="muted">{t("autoClose.loading")}</p>
      )}
      <p role="status" className="auto-close__saved">
        {save.isSuccess && !save.isPending && t("autoClose.saved")}
      </p>
    </section>
  );
}

function AutoCloseForm({ policy, onSave }: { policy: AutoClosePolicy; onSave: (policy: AutoClosePolicy) => Promise<unknown> }) {
  const { t } = useTranslation(["board", "common"]);
  return (
    <Form<AutoClosePolicy, AutoClosePolicy>
      schema={autoClosePolicySchema}
      defaultValues={policy}
      aria-label={t("autoClose.title")}
      onSubmit={onSave}
      actions={<SubmitButton>{t("autoClose.save")}</SubmitButton>}
    >
      <CheckboxField name="enabled" label={t("autoClose.enabled")} />
      <div className="form-grid">
        <TextField name="idle_minutes" label={t("autoClose.idleMinutes")} type="number" valueAs="number" inputMode="numeric" />
        <TextField name="max_per_run" label={t("autoClose.maxPerRun")} type="number" valueAs="number" inputMode="numeric" />
      </div>
      <SelectField
        name="reason"
        label={t("autoClose.reason")}
        options={closeReasonValues.map((value) => ({ value, label: t(`common:closeReason.${value}`) }))}
      />
    </Form>
  );
}
