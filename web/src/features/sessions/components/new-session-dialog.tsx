import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { NewSessionForm } from "./new-session-form.tsx";

interface NewSessionDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with the opened session; the dialog is closed by then. */
  onCreated: (session: SessionView) => void;
}

export function NewSessionDialog({ open, onClose, onCreated }: NewSessionDialogProps) {
  const { t } = useTranslation("sessions");
  return (
    <Dialog open={open} onClose={onClose} wide title={t("form.title")} description={t("form.description")}>
      <NewSessionForm
        onCancel={onClose}
        onCreated={(session) => {
          onClose();
          onCreated(session);
        }}
      />
    </Dialog>
  );
}
