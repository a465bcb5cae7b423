import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../../contract/errors.ts";
import { useIssueText } from "../../../components/form/field-parts.tsx";
import { attachTypes, type ComposerType, insertTypes, type PanelType } from "../lib/composer-values.ts";
import { ComposerMenu } from "./composer-menu.tsx";
import { EmojiPicker } from "./emoji-picker.tsx";
import { MarkReadButton } from "./mark-read-button.tsx";
import { SendProblem } from "./send-problem.tsx";

// The composer's bottom row, always in view: the Attach and Insert menus, emoji and read receipt on
// the left; on the right which key sends, why the message cannot go (or why it did not), and Send.

export interface SendFailure {
  kind: "notSent" | "offline" | "invalid";
  messageId?: string;
  fields?: FieldError[];
}

interface Props {
  sid: string;
  type: ComposerType;
  busy: boolean;
  failure: SendFailure | undefined;
  firstErrorName: string | undefined;
  onOpenPanel: (type: PanelType) => void;
  onEmoji: (emoji: string) => void;
}

// Apple keyboards say ⌘ where others say Ctrl; both keys send everywhere (use-composer-keys.ts).
const isApple = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function ComposerFooter({ sid, type, busy, failure, firstErrorName, onOpenPanel, onEmoji }: Props) {
  const { t } = useTranslation("chat");
  const issueText = useIssueText();
  const hintId = useId();
  const item = (value: PanelType) => ({ value, label: t(`composer.types.${value}`) });
  const hint = type === "TEXT" ? t("composer.hintEnter") : t(isApple ? "composer.hintMeta" : "composer.hintCtrl");
  return (
    <div className="chat-composer-footer">
      <div className="chat-composer-tools">
        <ComposerMenu label={t("composer.attach")} items={attachTypes.map(item)} onSelect={onOpenPanel} />
        <ComposerMenu label={t("composer.insert")} items={insertTypes.map(item)} onSelect={onOpenPanel} />
        {type === "TEXT" && <EmojiPicker onPick={onEmoji} />}
        <MarkReadButton sid={sid} />
      </div>
      <div className="chat-composer-send">
        <p className="chat-hint" id={hintId}>
          {hint}
        </p>
        <div role="status" className="chat-composer-status">
          <SendProblem firstErrorName={firstErrorName} />
          {failure && <p className="chat-notice">{t(`composer.failure.${failure.kind}`)}</p>}
          {failure?.fields && failure.fields.length > 0 && (
            <ul className="chat-notice">
              {failure.fields.map((field) => (
                <li key={`${field.path}:${field.code}`}>{issueText({ type: field.code }, field.path)}</li>
              ))}
            </ul>
          )}
        </div>
        <button
          type="submit"
          className="button button--primary chat-send"
          aria-disabled={busy || undefined}
          aria-describedby={hintId}
          aria-keyshortcuts={type === "TEXT" ? "Enter Control+Enter Meta+Enter" : "Control+Enter Meta+Enter"}
        >
          {busy ? t("composer.sending") : t("composer.send")}
        </button>
      </div>
    </div>
  );
}
