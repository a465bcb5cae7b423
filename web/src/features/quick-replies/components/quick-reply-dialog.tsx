import { useTranslation } from "react-i18next";
import { type QuickReplyBody, type QuickReplyInput, quickReplyBodySchema, quickReplyLimits, type QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { Dialog } from "../../../components/dialog.tsx";
import { Form } from "../../../components/form/form.tsx";
import { SubmitButton } from "../../../components/form/submit-button.tsx";
import { TextField } from "../../../components/form/text-field.tsx";
import { useSaveQuickReply } from "../api/save-quick-reply.ts";
import { QuickReplyPreview } from "./quick-reply-preview.tsx";
import { ReplyTextField } from "./reply-text-field.tsx";

// Create or edit one reply: the contract's schema checks it in the browser and again on the server
// (whose field errors land on the same fields), the two texts side by side with a live preview. A
// failure keeps everything typed; Save again is the retry.

interface QuickReplyDialogProps {
  /** The reply being edited; absent: a new one. */
  reply?: QuickReplyView | undefined;
  open: boolean;
  onClose: () => void;
  agentName: string;
}

export function QuickReplyDialog({ reply, open, onClose, agentName }: QuickReplyDialogProps) {
  const { t } = useTranslation("quickReplies");
  return (
    <Dialog open={open} onClose={onClose} wide title={reply ? t("form.editTitle") : t("form.createTitle")} description={t("form.description")}>
      <QuickReplyForm reply={reply} onClose={onClose} agentName={agentName} />
    </Dialog>
  );
}

function QuickReplyForm({ reply, onClose, agentName }: Omit<QuickReplyDialogProps, "open">) {
  const { t } = useTranslation(["quickReplies", "common"]);
  const save = useSaveQuickReply();
  const defaults: QuickReplyBody = reply ? { title: reply.title, text_zh: reply.text_zh, text_en: reply.text_en } : { title: "", text_zh: "", text_en: "" };
  return (
    <Form<QuickReplyBody, QuickReplyInput>
      schema={quickReplyBodySchema}
      defaultValues={defaults}
      aria-label={reply ? t("form.editTitle") : t("form.createTitle")}
      className="form qr-form"
      onSubmit={async (body) => {
        await save.mutateAsync({ id: reply?.id, body });
        onClose();
      }}
      actions={
        <>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <button type="button" className="button" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
        </>
      }
    >
      <TextField name="title" label={t("form.title")} hint={t("form.titleHint", { max: quickReplyLimits.title })} autoFocus />
      <div className="qr-texts">
        <ReplyTextField name="text_zh" label={t("form.textZh")} lang="zh-CN" />
        <ReplyTextField name="text_en" label={t("form.textEn")} lang="en" />
      </div>
      <QuickReplyPreview agentName={agentName} />
    </Form>
  );
}
