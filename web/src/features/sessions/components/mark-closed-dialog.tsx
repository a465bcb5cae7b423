import { useTranslation } from "react-i18next";
import { type MarkClosedBody, markClosedBodySchema, type SessionView } from "../../../../../contract/api.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { CloseReasonField } from "../../../components/form/close-reason-field.tsx";
import { Form } from "../../../components/form/form.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { useMarkClosed } from "../api/mark-closed.ts";

// "Mark closed" for a session the platform no longer knows: nothing goes to the platform (it would
// only answer SESSION_NOT_FOUND again); the console records it closed, with why, in the audit trail.

interface MarkClosedDialogProps {
  session: SessionView;
  open: boolean;
  onClose: () => void;
}

export function MarkClosedDialog({ session, open, onClose }: MarkClosedDialogProps) {
  const { t } = useTranslation(["sessions", "common"]);
  const markClosed = useMarkClosed();
  return (
    <Dialog open={open} onClose={onClose} title={t("markClosed.title")} description={t("markClosed.description")}>
      <Form<MarkClosedBody, MarkClosedBody>
        schema={markClosedBodySchema}
        aria-label={t("markClosed.title")}
        onSubmit={async (values) => {
          await markClosed.mutateAsync({ sid: session.sid, ...values });
          onClose();
        }}
        actions={
          <>
            <SubmitButton variant="danger">{t("markClosed.submit")}</SubmitButton>
            <button type="button" className="button" onClick={onClose}>
              {t("common:actions.cancel")}
            </button>
          </>
        }
      >
        <CloseReasonField autoFocus />
        <TextField name="note" label={t("markClosed.note")} hint={t("markClosed.noteHint")} multiline />
      </Form>
    </Dialog>
  );
}
