import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { BoardFilter } from "../../../../../contract/board.ts";
import { channelSchema, channelValues } from "../../../../../contract/top-dtos.ts";
import { Form } from "../../../components/form/form.tsx";
import { SelectField } from "../../../components/form/select-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { elapsedParts } from "../../../lib/elapsed.ts";

// The board's filter as a small form: idle threshold (presets or a number of minutes), channel, agent
// and source. "Apply" puts it in the URL, which is what the board reads.

const presets = ["5", "15", "30", "60"] as const;

const filterFormSchema = z
  .object({
    /** A preset number of minutes, "custom" (then idle_custom), or not set: any idle time. */
    idle: z.enum([...presets, "custom"]).optional(),
    idle_custom: z.number().int().min(0).max(525_600).optional(),
    channel: channelSchema.optional(),
    agent: z.string().trim().max(128).optional(),
    session_source: z.string().trim().max(128).optional(),
  })
  .superRefine((values, ctx) => {
    if (values.idle === "custom" && values.idle_custom === undefined) {
      ctx.addIssue({ code: "invalid_type", expected: "number", input: undefined, path: ["idle_custom"] });
    }
  })
  .transform(({ idle, idle_custom, channel, agent, session_source }): BoardFilter => ({
    idle_minutes: idle === undefined ? undefined : idle === "custom" ? idle_custom : Number(idle),
    channel,
    agent: agent || undefined,
    session_source: session_source || undefined,
  }));

type FilterFormValues = z.input<typeof filterFormSchema>;

function toFormValues(filter: BoardFilter): FilterFormValues {
  const minutes = filter.idle_minutes;
  const preset = presets.find((p) => Number(p) === minutes);
  return {
    idle: minutes === undefined ? undefined : (preset ?? "custom"),
    idle_custom: minutes !== undefined && preset === undefined ? minutes : undefined,
    channel: filter.channel,
    agent: filter.agent,
    session_source: filter.session_source,
  };
}

interface BoardFiltersProps {
  /** The filter in force; read when the form mounts (the parent remounts it when the URL changes under it). */
  filter: BoardFilter;
  onApply: (filter: BoardFilter) => void;
  onReset: () => void;
}

export function BoardFilters({ filter, onApply, onReset }: BoardFiltersProps) {
  const { t } = useTranslation(["board", "sessions"]);
  const empty = Object.values(filter).every((value) => value === undefined);
  return (
    <Form<FilterFormValues, BoardFilter>
      schema={filterFormSchema}
      defaultValues={toFormValues(filter)}
      aria-label={t("filters.label")}
      className="filter-bar"
      onSubmit={onApply}
      actions={
        <>
          <SubmitButton>{t("filters.apply")}</SubmitButton>
          {!empty && (
            <button type="button" className="button button--quiet" onClick={onReset}>
              {t("filters.reset")}
            </button>
          )}
        </>
      }
    >
      <IdleFields />
      <SelectField
        name="channel"
        label={t("filters.channel")}
        placeholder={t("filters.anyChannel")}
        options={channelValues.map((value) => ({ value, label: t(`sessions:channel.${value}`) }))}
      />
      <TextField name="agent" label={t("filters.agent")} placeholder={t("filters.agentHint")} />
      <TextField name="session_source" label={t("filters.source")} />
    </Form>
  );
}

function IdleFields() {
  const { t } = useTranslation(["board", "common"]);
  const idle = useWatch<FilterFormValues, "idle">({ name: "idle" });
  const presetLabel = (minutes: string) => {
    const { key, values } = elapsedParts(Number(minutes) * 60_000);
    return t(`common:elapsed.${key}`, values);
  };
  return (
    <>
      <SelectField
        name="idle"
        label={t("filters.idle")}
        placeholder={t("filters.anyIdle")}
        options={[...presets.map((value) => ({ value, label: presetLabel(value) })), { value: "custom", label: t("filters.custom") }]}
      />
      {idle === "custom" && (
        <TextField name="idle_custom" label={t("filters.customMinutes")} type="number" valueAs="number" inputMode="numeric" />
      )}
    </>
  );
}
