import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GroupTicketView, GroupView, SessionTicket } from "../../../../../contract/api.ts";
import { createGroupTicketBodySchema } from "../../../../../contract/api.ts";
import { Form } from "../../../components/form/form.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { formatDateTime } from "../../../lib/format-time.ts";
import { useCreateGroupTicket } from "../api/create-group-ticket.ts";
import { useSessionTickets } from "../api/get-session-tickets.ts";
import { type TicketForm, ticketDefaults } from "../lib/ticket-defaults.ts";

// group.ticket.customer.save for the group of this session, validated with the contract's body schema.
// The form stays filled after saving, with the platform's answer under it. A case id already saved for
// this session is not saved again at once: the form says when it was saved, and a second press saves.

const ticketFormSchema = createGroupTicketBodySchema.omit({ sid: true, tenant_id: true, corp_id: true });

export function GroupTicketForm({ group, sid }: { group: GroupView; sid: string }) {
  const { t, i18n } = useTranslation(["tickets", "common"]);
  const headingId = useId();
  const saveTicket = useCreateGroupTicket();
  const [saved, setSaved] = useState<GroupTicketView | undefined>();
  const tickets = useSessionTickets(sid);
  const [repeat, setRepeat] = useState<SessionTicket | undefined>();

  const { values, locked } = ticketDefaults(group);
  const lockedHint = (name: keyof TicketForm) => (locked.has(name) ? t("fromLink") : undefined);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {t("heading")}
      </h3>
      <p className="muted">{t("description")}</p>
      <Form<TicketForm, TicketForm>
        schema={ticketFormSchema}
        defaultValues={values}
        aria-labelledby={headingId}
        onSubmit={async (form) => {
          setSaved(undefined);
          const earlier = tickets.data?.items.find((ticket) => ticket.case_id === form.case_id);
          if (earlier && repeat?.case_id !== form.case_id) {
            setRepeat(earlier);
            return;
          }
          setRepeat(undefined);
          setSaved(await saveTicket.mutateAsync({ ...form, sid }));
        }}
        actions={<SubmitButton>{repeat ? t("repeat.submit") : t("submit")}</SubmitButton>}
      >
        <TextField name="case_id" label={t("fields.case_id")} hint={t("fields.caseIdHint")} inputMode="numeric" />
        <TextField
          name="open_conversation_id"
          label={t("fields.open_conversation_id")}
          readOnly={locked.has("open_conversation_id")}
          hint={lockedHint("open_conversation_id")}
        />
        <TextField
          name="user_identify"
          label={t("fields.user_identify")}
          readOnly={locked.has("user_identify")}
          hint={lockedHint("user_identify")}
        />
      </Form>
      <div role="alert" className="ticket-repeat">
        {repeat && (
          <div className="notice notice--warning">
            <p className="notice__title">{t("repeat.title", { caseId: repeat.case_id })}</p>
            <p>{t("repeat.body", { time: formatDateTime(repeat.saved_at, i18n.language) })}</p>
          </div>
        )}
      </div>
      <div role="status" className="ticket-result">
        {saved && (
          <div className="notice notice--success">
            <p className="notice__title">{t("saved", { caseId: saved.case_id })}</p>
            {saved.system_time && <p>{t("systemTime", { time: saved.system_time })}</p>}
            {saved.request_id && <p className="muted">{t("requestId", { id: saved.request_id })}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
