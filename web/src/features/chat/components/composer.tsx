import { useEffect, useRef, useState } from "react";
import { type FieldErrors, FormProvider, get, type Path, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../../contract/errors.ts";
import type { MessageDraft } from "../../../../../contract/message-content.ts";
import { useIssueText } from "../../../components/form/field-parts.tsx";
import { RadioGroupField } from "../../../components/form/radio-group-field.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useSendMessage } from "../api/send-message.ts";
import { useComposerKeys } from "../hooks/use-composer-keys.ts";
import { useDraftPersistence } from "../hooks/use-draft-persistence.ts";
import { composerDraftKey, draftKey } from "../lib/composer-payload.ts";
import { composerResolver } from "../lib/composer-resolver.ts";
import { type ComposerValues, composerTypes, emptyComposerValues } from "../lib/composer-values.ts";
import { loadDraft, type PendingSend } from "../lib/draft-storage.ts";
import { newMessageId } from "../../../lib/message-id.ts";
import { payloadFieldErrors } from "../lib/payload-field-errors.ts";
import { ComposerFields } from "./composer-fields.tsx";
import { ComposerPreview } from "./composer-preview.tsx";
import { MarkReadButton } from "./mark-read-button.tsx";

// Writes and sends one message of any type. Not the shared <Form>: a send is not a save (its failure
// shows on the message, with Retry), the schema depends on the chosen type, and the draft must outlive
// failures and reloads. It does use the shared fields and the shared wording of validation issues.
//
// The draft is cleared only once its message is "sent" (sentIds). Sending the same content again, after
// a failure or a reload, reuses the recorded message_id, so the BFF answers the stored message rather
// than delivering it twice.

/** react-hook-form focuses in registration order, which changes as types switch; the agent reads the page's order. */
function focusFirstError(formElement: HTMLFormElement, errors: FieldErrors<ComposerValues>) {
  for (const element of formElement.elements) {
    const named = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
    if (named && element.name && get(errors, element.name)) return element.focus();
  }
}

interface Props {
  sid: string;
  /** Messages known to be delivered: when the draft's own message is among them, the draft is done. */
  sentIds: ReadonlySet<string>;
}

export function Composer({ sid, sentIds }: Props) {
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
  const { mutateAsync } = useSendMessage(sid);
  const [failure, setFailure] = useState<{ kind: "notSent" | "offline" | "invalid"; messageId?: string; fields?: FieldError[] }>();
  const issueText = useIssueText();
  const type = useWatch({ control: form.control, name: "type" });

  // A new type validates different fields: old errors would point at fields no longer shown.
  useEffect(() => form.clearErrors(), [type, form]);

  useEffect(() => {
    const sent = pending.current;
    if (!sent || !sentIds.has(sent.messageId)) return;
    pending.current = undefined;
    // Edited while it was sending: what is in the box now is a new draft, keep it.
    if (composerDraftKey(form.getValues()) === sent.draftKey) form.reset(emptyComposerValues(form.getValues("type")));
    draft.flush();
  }, [sentIds, form, draft]);

  const send = async (message: MessageDraft) => {
    const key = draftKey(message);
    const previous = pending.current;
    const messageId = previous?.draftKey === key ? previous.messageId : newMessageId();
    pending.current = { messageId, draftKey: key };
    draft.flush();
    setFailure(undefined);
    try {
      await mutateAsync({ message_id: messageId, ...message });
    } catch (error) {
      // A 400 names each bad part of the payload: it goes next to its field, like the browser's own checks.
      const { inForm, elsewhere } = payloadFieldErrors(error, form.getValues());
      inForm.forEach((field, index) =>
        form.setError(field.path as Path<ComposerValues>, { type: field.code, message: field.message }, { shouldFocus: index === 0 }),
      );
      if (inForm.length > 0 || elsewhere.length > 0) setFailure({ kind: "invalid", messageId, fields: elsewhere });
      else setFailure({ kind: error instanceof ApiError && error.isNetwork ? "offline" : "notSent", messageId });
    }
  };

  const busy = form.formState.isSubmitting;
  const enterSends = type === "TEXT" || type === "MARK_DOWN";
  const shownFailure = failure?.messageId && sentIds.has(failure.messageId) ? undefined : failure;
  return (
    <FormProvider {...form}>
      <form
        className="chat-composer"
        aria-label={t("composer.label")}
        noValidate
        onSubmit={(event) => {
          if (busy) event.preventDefault();
          else {
            const element = event.currentTarget;
            void form.handleSubmit(send, (errors) => focusFirstError(element, errors))(event);
          }
        }}
        {...keys}
      >
        <div className="chat-type-picker">
          <RadioGroupField
            name="type"
            label={t("composer.type")}
            options={composerTypes.map((value) => ({ value, label: t(`composer.types.${value}`) }))}
          />
        </div>
        <div className={`chat-composer-body${type === "TEXT" ? "" : " chat-composer-body--preview"}`}>
          <div className="chat-composer-fields">
            <ComposerFields type={type} />
          </div>
          {type !== "TEXT" && <ComposerPreview />}
        </div>
        <div role="status" className="chat-composer-status">
          {shownFailure && <p className="chat-notice">{t(`composer.failure.${shownFailure.kind}`)}</p>}
          {shownFailure?.fields && shownFailure.fields.length > 0 && (
            <ul className="chat-notice">
              {shownFailure.fields.map((field) => (
                <li key={`${field.path}:${field.code}`}>{issueText({ type: field.code }, field.path)}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="chat-composer-footer">
          <MarkReadButton sid={sid} />
          <p className="chat-hint" id={`${sid}-composer-hint`}>
            {t(enterSends ? "composer.hintEnter" : "composer.hintCtrl")}
          </p>
          <button
            type="submit"
            className="button button--primary chat-send"
            aria-disabled={busy || undefined}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {busy ? t("composer.sending") : t("composer.send")}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
