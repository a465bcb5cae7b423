import { useTranslation } from "react-i18next";
import { Dialog } from "../../../components/dialog.tsx";
import type { PullIntoGroup } from "../api/use-pull-into-group.ts";

// Asks before a DingTalk group is made from the keyboard: a stray `g` must not create a group the agent
// cannot take back. Focus starts on Cancel (the harmless answer), so Enter alone never creates one.

interface ConfirmPullDialogProps {
  open: boolean;
  onClose: () => void;
  /** Whom the group is for, as the session header names the customer. */
  customer: string;
  state: PullIntoGroup;
}

export function ConfirmPullDialog({ open, onClose, customer, state }: ConfirmPullDialogProps) {
  const { t } = useTranslation(["groups", "common"]);
  return (
    <Dialog open={open} onClose={onClose} title={t("confirm.title")} description={t("confirm.body", { name: customer })}>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            state.pull();
            onClose();
          }}
        >
          {t("confirm.submit")}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t("common:actions.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
