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
// choices kept, so "Close session" again is the retry.

interface CloseSessionDialogProps {
  session: SessionView;
  open: boolean;
  onClose: () => void;
}

export function CloseSessionDialog({ session, open, onClose }: CloseSessionDialogProps) {
  const { t } = useTranslation(["sessions", "common"]);
  const closeSession = useCloseSession();
  return (
    <Dialog open={open} onClose={onClose} title={t("closeDialog.title")} description={t("closeDialog.description")}>
      <Form<CloseSessionBody, CloseSessionBody>
        schema={closeSessionBodySchema}
        defaultValues={{ operator_type: "4" }}
        aria-label={t("closeDialog.title")}
        onSubmit={async (values) => {
          await closeSession.mutateAsync({ sid: session.sid, ...values });
          onClose();
        }}
        actions={
          <>
            <SubmitButton variant="danger">{t("closeDialog.submit")}</SubmitButton>
            <button type="button" className="button" onClick={onClose}>
              {t("common:actions.cancel")}
            </button>
          </>
        }
      >
        <CloseReasonField autoFocus />
        <RadioGroupField
          name="operator_type"
          label={t("closeDialog.operator")}
          options={actorTypeValues.map((value) => ({ value, label: t(`operator.${value}`) }))}
        />
      </Form>
    </Dialog>
  );
}
