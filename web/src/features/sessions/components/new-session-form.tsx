import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { channelValues } from "../../../../../contract/top-dtos.ts";
import { Form } from "../../../components/form/form.tsx";
import { RadioGroupField } from "../../../components/form/radio-group-field.tsx";
import { SelectField } from "../../../components/form/select-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";
import { useCreateSession } from "../api/create-session.ts";
import { generateSid } from "../lib/generate-sid.ts";
import { newSessionDefaults } from "../lib/new-session-defaults.ts";
import { type NewSessionValues, newSessionFormSchema } from "../lib/new-session-schema.ts";
import { NewSessionMoreFields } from "./new-session-more-fields.tsx";

// lippi.session.create with LyCreateSessionDTO's source and target as TOP defines them (see
// new-session-schema.ts), pre-filled from the console's configuration, with the rarely used fields
// folded under "More fields".

interface NewSessionFormProps {
  onCreated: (session: SessionView) => void;
  onCancel: () => void;
}

export function NewSessionForm({ onCreated, onCancel }: NewSessionFormProps) {
  const { t } = useTranslation(["sessions", "common"]);
  const config = useConsoleConfig();
  const createSession = useCreateSession();
  // Fixed for the life of the form, so a re-render never swaps the id under the agent.
  const [sid] = useState(() => generateSid());

  if (config.isPending) return <p className="muted">{t("common:loading")}</p>;

  return (
    <Form<NewSessionValues, NewSessionValues>
      schema={newSessionFormSchema}
      defaultValues={newSessionDefaults(config.data, sid)}
      aria-label={t("form.title")}
      onSubmit={async (values) => onCreated(await createSession.mutateAsync(values))}
      actions={
        <>
          <SubmitButton>{t("form.submit")}</SubmitButton>
          <button type="button" className="button" onClick={onCancel}>
            {t("common:actions.cancel")}
          </button>
        </>
      }
    >
      <p className="muted form__note">{t("common:form.requiredNote")}</p>
      {config.isError && <p className="notice notice--warning">{t("form.configFailed")}</p>}
      <fieldset className="form-section">
        <legend className="form-section__title">{t("form.customer")}</legend>
        <div className="form-grid">
          <TextField name="source.channel_uid" label={t("form.fields.channel_uid")} autoFocus />
          <TextField name="source.channel_nick" label={t("form.fields.channel_nick")} />
        </div>
        <RadioGroupField
          name="source.channel"
          label={t("form.fields.channel")}
          options={channelValues.map((value) => ({ value, label: t(`channel.${value}`) }))}
        />
        <div className="form-grid">
          <SidField />
          <TextField name="source.session_source" label={t("form.fields.source_session_source")} />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section__title">{t("form.target")}</legend>
        <p className="muted form__note">{t("form.serviceIdNote")}</p>
        <div className="form-grid">
          {/* The configured business units only: one means no choice, several a pick among them. */}
          <SelectField
            name="target.bu_id"
            label={t("form.fields.bu_id")}
            options={(config.data?.defaults.bu_ids ?? []).map((value) => ({ value, label: value }))}
          />
        </div>
      </fieldset>
      <NewSessionMoreFields />
    </Form>
  );
}

function SidField() {
  const { t } = useTranslation("sessions");
  const { setValue } = useFormContext<NewSessionValues>();
  return (
    <TextField
      name="source.sid"
      label={t("form.fields.sid")}
      hint={t("form.fields.sidHint")}
      action={
        <button
          type="button"
          className="button"
          aria-label={t("form.newSidLabel")}
          onClick={() => setValue("source.sid", generateSid(), { shouldValidate: true, shouldDirty: true })}
        >
          {t("form.newSid")}
        </button>
      }
    />
  );
}
