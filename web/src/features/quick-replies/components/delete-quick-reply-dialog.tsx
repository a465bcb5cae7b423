import { useTranslation } from "react-i18next";
import type { QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { ApiErrorNotice } from "../../../components/api-error-notice.tsx";
import { Dialog } from "../../../components/dialog.tsx";
import { useDeleteQuickReply } from "../api/delete-quick-reply.ts";

// Deleting asks first and names the reply: agents lose it from their `/` list at once. Focus starts on
// Cancel, so a stray Enter keeps the reply.

export function DeleteQuickReplyDialog({ reply, onClose }: { reply: QuickReplyView | undefined; onClose: () => void }) {
  const { t } = useTranslation(["quickReplies", "common"]);
  const remove = useDeleteQuickReply();
  const busy = remove.isPending;
  return (
    <Dialog
      open={reply !== undefined}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      title={t("deleteDialog.title")}
      description={reply ? t("deleteDialog.description", { title: reply.title }) : undefined}
    >
      {remove.isError && <ApiErrorNotice error={remove.error} />}
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!reply || busy) return;
            remove.mutate(reply.id, { onSuccess: () => onClose() });
          }}
        >
          {busy ? t("common:form.submitting") : t("deleteDialog.confirm")}
        </button>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {t("common:actions.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
