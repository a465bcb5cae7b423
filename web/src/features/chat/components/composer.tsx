import { useEffect, useRef, useState } from "react";
import { type FieldErrors, FormProvider, get, type Path, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { MessageDraft } from "../../../../../contract/message-content.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { newMessageId } from "../../../lib/message-id.ts";
import { useSendMessage } from "../api/send-message.ts";
import { useComposerKeys } from "../hooks/use-composer-keys.ts";
import { useComposerFocus } from "../hooks/use-composer-focus.ts";
import { useDraftPersistence } from "../hooks/use-draft-persistence.ts";
import { composerDraftKey, draftKey, draftKeyType } from "../lib/composer-payload.ts";
import { composerResolver } from "../lib/composer-resolver.ts";
import { type ComposerValues, emptyComposerValues, emptyPanel } from "../lib/composer-values.ts";
import { loadDraft, type PendingSend } from "../lib/draft-storage.ts";
import { payloadFieldErrors } from "../lib/payload-field-errors.ts";
import type { ReplyContext } from "../lib/quick-reply-text.ts";
import { ComposerFooter, type SendFailure } from "./composer-footer.tsx";
import { ComposerPanel } from "./composer-panel.tsx";
import { ComposerTextBox } from "./composer-text-box.tsx";

// Writes and sends one message: plain text in the text box by default, any other type in the panel
// its Attach or Insert item opens. Not the shared <Form>: a send is not a save (its failure shows on
// the message, with Retry), the schema depends on the open panel, and the draft must outlive
// failures and reloads. It does use the shared fields and the shared wording of validation issues.
//
// The draft is cleared only once its message is "sent" (sentIds). Sending the same content again, after
// a failure or a reload, reuses the recorded message_id, so the BFF answers the stored message rather
// than delivering it twice.

/** react-hook-form focuses in registration order, which changes as panels switch; the agent reads the page's order. */
function firstErrorElement(formElement: HTMLFormElement, errors: FieldErrors<ComposerValues>) {
  for (const element of formElement.elements) {
    const named = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    if (named && element.name && get(errors, element.name)) return element;
  }
  return undefined;
}

interface Props {
  sid: string;
  /** Messages known to be delivered: when the draft's own message is among them, the draft is done. */
  sentIds: ReadonlySet<string>;
  /** Fills a quick reply's placeholders: the session's customer and the signed-in agent. */
  replyContext: ReplyContext;
}

export function Composer({ sid, sentIds, replyContext }: Props) {
  const { t } = useTranslation("chat");
  const [restored] = useState(() => loadDraft(window.localStorage, sid));
  const pending = useRef<PendingSend | undefined>(restored?.pending);
  const form = useForm<ComposerValues, unknown, MessageDraft>({
    defaultValues: restored?.values ?? emptyComposerValues(),
    resolver: composerResolver,
    shouldFocusError: false,
  });
  const draft = useDraftPersistence(sid, form, pending);
  const keys = useComposerKeys();
  const focus = useComposerFocus(form);
  const { mutateAsync } = useSendMessage(sid);
  const [failure, setFailure] = useState<SendFailure>();
  const [firstErrorName, setFirstErrorName] = useState<string>();
  const type = useWatch({ control: form.control, name: "type" });

  // Another panel validates other fields: old errors would point at fields no longer shown.
  useEffect(() => form.clearErrors(), [type, form]);

  useEffect(() => {
    const sent = pending.current;
    if (!sent || !sentIds.has(sent.messageId)) return;
    pending.current = undefined;
    const sentType = draftKeyType(sent.draftKey);
    const values = form.getValues();
    // Edited while it was sending: what is in that panel now is a new draft, keep it.
    if (sentType && composerDraftKey({ ...values, type: sentType }) === sent.draftKey) {
      const backToText = values.type === sentType && sentType !== "TEXT";
      form.reset({ ...values, [sentType]: emptyPanel(sentType), type: backToText ? "TEXT" : values.type });
      if (backToText) focus.textBoxSoon();
    }
    draft.flush();
  }, [sentIds, form, draft, focus]);

  const send = async (message: MessageDraft) => {
    const key = draftKey(message);
    const previous = pending.current;
    const messageId = previous?.draftKey === key ? previous.messageId : newMessageId();
    pending.current = { messageId, draftKey: key };
    draft.flush();
    setFailure(undefined);
    setFirstErrorName(undefined);
    try {
      await mutateAsync({ message_id: messageId, ...message });
    } catch (error) {
      // A 400 names each bad part of the payload: it goes next to its field, like the browser's own checks.
      const { inForm, elsewhere } = payloadFieldErrors(error, form.getValues());
      inForm.forEach((field, index) =>
        form.setError(field.path as Path<ComposerValues>, { type: field.code, message: field.message }, { shouldFocus: index === 0 }),
      );
      setFirstErrorName(inForm[0]?.path);
      if (inForm.length > 0 || elsewhere.length > 0) setFailure({ kind: "invalid", messageId, fields: elsewhere });
      else setFailure({ kind: error instanceof ApiError && error.isNetwork ? "offline" : "notSent", messageId });
    }
  };

  const busy = form.formState.isSubmitting;
  const shownFailure: SendFailure | undefined = failure?.messageId && sentIds.has(failure.messageId) ? undefined : failure;
  return (
    <FormProvider {...form}>
      <form
        className="chat-composer"
        aria-label={t("composer.label")}
        noValidate
        // Leaving the composer (to press Close, say) saves the draft now rather than after the typing
        // pause, so whatever asks "is anything unsent here?" next reads what was just typed.
        onBlur={draft.flush}
        onSubmit={(event) => {
          if (busy) event.preventDefault();
          else {
            const element = event.currentTarget;
            void form.handleSubmit(send, (errors) => {
              const first = firstErrorElement(element, errors);
              setFirstErrorName(first?.name);
              first?.focus();
            })(event);
          }
        }}
        {...keys}
      >
        {type === "TEXT" ? (
          <ComposerTextBox context={replyContext} elementRef={focus.textBoxRef} onInsertReply={focus.insertReply} />
        ) : (
          <ComposerPanel key={type} type={type} onCancel={focus.closePanel} containerRef={focus.panelRef} />
        )}
        <ComposerFooter
          sid={sid}
          type={type}
          busy={busy}
          failure={shownFailure}
          firstErrorName={firstErrorName}
          onOpenPanel={focus.openPanel}
          onEmoji={focus.insertAtCaret}
        />
      </form>
    </FormProvider>
  );
}
