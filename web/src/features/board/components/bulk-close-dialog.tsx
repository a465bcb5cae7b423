import { useTranslation } from "react-i18next";
import { z } from "zod";
import { closeReasonSchema } from "../../../../../contract/top-dtos.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { CheckboxField } from "../../../components/form/checkbox-field.tsx";
import { CloseReasonField } from "../../../components/form/close-reason-field.tsx";
import { Form } from "../../../components/form/form.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { useConsoleConfig } from "../../../lib/get-console-config.ts";
import { useStartBulkClose } from "../api/start-bulk-close.ts";
import type { BulkTarget } from "../lib/selection.ts";

// One reason for all, and a tick to confirm: the customers are told at once and nothing can be
// reopened. When the filter is the target, the dialog says that sessions not on screen are included.

const bulkCloseFormSchema = z.object({
  reason: closeReasonSchema,
  confirmed: z.boolean().refine((ticked) => ticked),
});
type BulkCloseFormValues = z.input<typeof bulkCloseFormSchema>;

interface BulkCloseDialogProps {
  open: boolean;
  onClose: () => void;
  target: BulkTarget;
  /** Sessions matching the filter, and how many of them are on screen. */
  matching: number;
  shown: number;
  onStarted: (jobId: string) => void;
}

export function BulkCloseDialog({ open, onClose, target, matching, shown, onStarted }: BulkCloseDialogProps) {
  const { t } = useTranslation(["board", "common"]);
  const start = useStartBulkClose();
  const byFilter = "filter" in target;
  const max = useConsoleConfig().data?.limits.bulk_close_max;
  return (
    <Dialog open={open} onClose={onClose} title={t("bulkDialog.title")} description={t("bulkDialog.consequence")}>
      <div className={byFilter ? "notice notice--warning" : "notice"}>
        <p className="notice__title">
          {byFilter
            ? matching > shown
              ? t("bulkDialog.scopeMatching", { matching, shown })
              : t("bulkDialog.scopeMatchingAll", { matching })
            : t("bulkDialog.scopeRows", { count: target.sids.length })}
        </p>
        {byFilter && <p>{t("bulkDialog.scopeMatchingNote")}</p>}
        {max !== undefined && <p>{t("bulkDialog.limit", { max })}</p>}
      </div>
      <Form<BulkCloseFormValues, z.output<typeof bulkCloseFormSchema>>
        schema={bulkCloseFormSchema}
        defaultValues={{ confirmed: false }}
        aria-label={t("bulkDialog.title")}
        onSubmit={async ({ reason }) => {
          const job = await start.mutateAsync({ reason, ...target });
          onStarted(job.id);
        }}
        actions={
          <>
            <SubmitButton variant="danger">{t("bulkDialog.submit")}</SubmitButton>
            <button type="button" className="button" onClick={onClose}>
              {t("common:actions.cancel")}
            </button>
          </>
        }
      >
        <CloseReasonField autoFocus />
        <CheckboxField name="confirmed" label={t("bulkDialog.confirm")} errorText={t("bulkDialog.confirmRequired")} />
      </Form>
    </Dialog>
  );
}
