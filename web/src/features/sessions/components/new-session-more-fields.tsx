import { useState } from "react";
import { useFormState } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { NewSessionValues } from "../lib/new-session-schema.ts";
import { SelectField } from "../../../components/form/select-field.tsx";
import { TextField } from "../../../components/form/text-field.tsx";

// The optional DTO fields agents rarely need. The disclosure opens by itself when one of them has an
// error (from the browser or from the server), so no error hides behind a closed "More fields".

const moreSource = ["summary", "channel_avatar_url", "cms_id", "channel_user_source", "session_start_time", "session_end_time", "session_status"] as const;

export function NewSessionMoreFields() {
  const { t } = useTranslation("sessions");
  const { errors } = useFormState<NewSessionValues>();
  const [expanded, setExpanded] = useState(false);
  const hasError = moreSource.some((name) => errors.source?.[name]);
  const open = expanded || hasError;
  const notSet = t("form.notSet");

  return (
    <details className="form-section form-more" open={open} onToggle={(e) => setExpanded(e.currentTarget.open)}>
      <summary className="form-section__title">{t("form.more")}</summary>
      <TextField name="source.summary" label={t("form.fields.summary")} multiline />
      <div className="form-grid">
        <TextField name="source.channel_avatar_url" label={t("form.fields.channel_avatar_url")} type="url" />
        <TextField name="source.cms_id" label={t("form.fields.cms_id")} />
        <TextField name="source.channel_user_source" label={t("form.fields.channel_user_source")} />
        <SelectField
          name="source.session_status"
          label={t("form.fields.session_status")}
          placeholder={notSet}
          valueAs="number"
          options={(["0", "1"] as const).map((value) => ({ value, label: t(`form.sessionStatus.${value}`) }))}
        />
        <TextField name="source.session_start_time" label={t("form.fields.session_start_time")} type="datetime-local" valueAs="datetime" />
        <TextField name="source.session_end_time" label={t("form.fields.session_end_time")} type="datetime-local" valueAs="datetime" />
      </div>
    </details>
  );
}
