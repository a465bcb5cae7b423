import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CloseSessionBody, closeSessionBodySchema, type SessionView } from "../../../../../contract/api.ts";
import { actorTypeValues } from "../../../../../contract/top-dtos.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { CloseReasonField } from "../../../components/form/close-reason-field.tsx";
import { Form } from "../../../components/form/form.tsx";
import { RadioGroupField } from "../../../components/form/radio-group-field.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { useCloseSession } from "../api/close-session.ts";

// lippi.session.close: the agent picks why the session ends. A failure stays in the dialog with the
// choices kept, so "Close session" again is the retry. An unsent draft in the composer is said first:
// closing would strand it.

interface CloseSessionDialogProps {
  session: SessionView;
  open: boolean;
  onClose: () => void;
  /** Whether the composer holds an unsent draft for this session (the chat feature knows; app/ asks it). */
  hasDraft?: (sid: string) => boolean;
}

export function CloseSessionDialog({ session, open, onClose, hasDraft }: CloseSessionDialogProps) {
  const { t } = useTranslation("sessions");
  return (
    <Dialog open={open} onClose={onClose} title={t("closeDialog.title")} description={t("closeDialog.description")}>
      <CloseSessionForm session={session} onClose={onClose} hasDraft={hasDraft} />
    </Dialog>
  );
}

// Mounted each time the dialog opens (Dialog renders its content only while open), so the draft is
// looked up afresh then.
function CloseSessionForm({ session, onClose, hasDraft }: Omit<CloseSessionDialogProps, "open">) {
  const { t } = useTranslation(["sessions", "common"]);
  const closeSession = useCloseSession();
  const [draftWarned, setDraftWarned] = useState(() => hasDraft?.(session.sid) === true);
  return (
    <Form<CloseSessionBody, CloseSessionBody>
      schema={closeSessionBodySchema}
      defaultValues={{ operator_type: "4" }}
      aria-label={t("closeDialog.title")}
      onSubmit={async (values) => {
        // The composer saves its draft a moment after the last key: one typed just before opening this
        // dialog may only be saved now, so it is asked about here rather than closed over silently.
        if (!draftWarned && hasDraft?.(session.sid) === true) {
          setDraftWarned(true);
          return;
        }
        await closeSession.mutateAsync({ sid: session.sid, ...values });
        onClose();
      }}
      actions={
        <>
          <SubmitButton variant="danger">{draftWarned ? t("closeDialog.submitAnyway") : t("closeDialog.submit")}</SubmitButton>
          <button type="button" className="button" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
        </>
      }
    >
      {draftWarned && (
        <div role="alert" className="notice notice--warning">
          <p className="notice__title">{t("closeDialog.draftTitle")}</p>
          <p>{t("closeDialog.draftBody")}</p>
        </div>
      )}
      <CloseReasonField autoFocus />
      <RadioGroupField
        name="operator_type"
        label={t("closeDialog.operator")}
        options={actorTypeValues.map((value) => ({ value, label: t(`operator.${value}`) }))}
      />
    </Form>
  );
}
