import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AssignSessionBody, assignSessionBodySchema, type SessionView } from "../../../../../contract/api.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { Form } from "../../../components/form/form.tsx";
import { SelectField } from "../../../components/form/select-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { useAssignSession } from "../api/assign-session.ts";
import { useSessions } from "../api/get-sessions.ts";
import { agentChoices } from "../lib/agent-choices.ts";

// A supervisor's "Reassign": a small dialog listing the agents, the current one marked. A failure
// (say, an agent disabled meanwhile) stays in the dialog with the choice kept.

function AssignForm({ session, onDone }: { session: SessionView; onDone: () => void }) {
  const { t } = useTranslation(["sessions", "common"]);
  const assign = useAssignSession();
  const everyone = useSessions({ view: "all", state: "open" });
  const choices = agentChoices(everyone.data?.pages.flatMap((page) => page.items) ?? [session], session.agent);

  if (everyone.isPending) return <p className="muted">{t("assign.loading")}</p>;
  if (choices.length === 0) return <p>{t("assign.none")}</p>;
  return (
    <Form<AssignSessionBody, AssignSessionBody>
      schema={assignSessionBodySchema}
      defaultValues={{ agent: choices.find((c) => c.username !== session.agent)?.username ?? "" }}
      aria-label={t("assign.title")}
      onSubmit={async (values) => {
        await assign.mutateAsync({ sid: session.sid, ...values });
        onDone();
      }}
      actions={
        <>
          <SubmitButton>{t("assign.submit")}</SubmitButton>
          <button type="button" className="button" onClick={onDone}>
            {t("common:actions.cancel")}
          </button>
        </>
      }
    >
      <SelectField
        name="agent"
        label={t("assign.agent")}
        required
        options={choices.map((c) => ({
          value: c.username,
          label: c.username === session.agent ? `${c.label} ${t("assign.current")}` : c.label,
        }))}
      />
    </Form>
  );
}

export function AssignButton({ session }: { session: SessionView }) {
  const { t } = useTranslation("sessions");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t("assign.button")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("assign.title")} description={t("assign.description")}>
        <AssignForm session={session} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
