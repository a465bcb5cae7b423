import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { VisitorMessageDraft } from "../../../../contract/visitor.ts";
import { decideComposerKey } from "../../lib/enter-key.ts";
import { textDraft } from "../lib/drafts.ts";
import type { Translate } from "../lib/translate.ts";
import { EmojiPicker } from "./emoji-picker.tsx";
import { UrlForm } from "./url-form.tsx";

// The message box: Enter sends, Shift+Enter is a new line, and an input method's Enter (picking a
// Chinese candidate) never sends (the console's check, web/src/lib/enter-key.ts). The box empties as
// soon as a message is handed over: its bubble shows what becomes of it, with Retry if needed. The box
// takes typing while the conversation is still loading; an Enter pressed then sends once it has loaded
// (on a slow phone network the first words often come before the page is ready), rather than nothing.

export function Composer({ t, onSend, disabled }: { t: Translate; onSend: (draft: VisitorMessageDraft) => void; disabled: boolean }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const composing = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();

  const submit = () => {
    const result = textDraft(text, t);
    if (!result) return;
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setText("");
    onSend(result.draft);
  };

  // An Enter pressed while loading, kept until the page is ready (a ref: it is an intent, not display).
  const sendWhenReady = useRef(false);
  useEffect(() => {
    if (disabled || !sendWhenReady.current) return;
    sendWhenReady.current = false;
    submit();
    // Runs when loading ends; submit reads this render's text, what was typed when Enter was pressed or since.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [disabled]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Read field by field: under preact/compat the event is the browser's own, whose properties are
    // getters an object spread would not copy.
    const { key, shiftKey, ctrlKey, metaKey, altKey, keyCode } = event;
    const isComposing = event.nativeEvent.isComposing;
    const decision = decideComposerKey({ key, shiftKey, ctrlKey, metaKey, altKey, keyCode, isComposing }, "enter-sends", composing.current);
    if (decision === "default") return;
    event.preventDefault();
    if (decision !== "send") return;
    if (disabled) sendWhenReady.current = true;
    else submit();
  };

  const insert = (value: string) => {
    const field = box.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + value + text.slice(end));
    field?.focus();
  };

  return (
    <div className="cx-composer">
      <form
        className="cx-composer__form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="cx-visually-hidden" htmlFor={`${errorId}-box`}>
          {t("composer.label")}
        </label>
        <textarea
          id={`${errorId}-box`}
          ref={box}
          className="cx-composer__box"
          rows={1}
          value={text}
          placeholder={t("composer.placeholder")}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => (composing.current = false)}
        />
        <EmojiPicker t={t} onPick={insert} />
        <button type="submit" className="cx-button cx-button--primary" disabled={disabled}>
          {t("composer.send")}
        </button>
      </form>
      {error && (
        <p id={errorId} className="cx-field-error" role="alert">
          {error}
        </p>
      )}
      <UrlForm t={t} onSend={onSend} disabled={disabled} />
    </div>
  );
}
