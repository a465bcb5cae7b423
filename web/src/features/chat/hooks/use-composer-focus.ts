import { useCallback, useMemo, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { MessageDraft } from "../../../../../contract/message-content.ts";
import type { ComposerValues, PanelType } from "../lib/composer-values.ts";
import { replaceSlashQuery, type SlashQuery } from "../lib/slash-query.ts";

// Where focus and the caret go as the composer changes: into the panel's first field when a menu
// opens it, back into the text box when it closes or its message is sent, and after the emoji or
// quick reply just inserted. The elements mount after the switch, so focus waits in a flag that
// their ref callbacks read.

const firstField = "input:not([type=hidden]), textarea, select";

export function useComposerFocus(form: UseFormReturn<ComposerValues, unknown, MessageDraft>) {
  const textBox = useRef<HTMLTextAreaElement | null>(null);
  const wantFocus = useRef<"text" | "panel" | undefined>(undefined);

  const textBoxRef = useCallback((element: HTMLTextAreaElement | null) => {
    textBox.current = element;
    if (element && wantFocus.current === "text") {
      wantFocus.current = undefined;
      element.focus();
    }
  }, []);
  const panelRef = useCallback((element: HTMLElement | null) => {
    if (element && wantFocus.current === "panel") {
      wantFocus.current = undefined;
      element.querySelector<HTMLElement>(firstField)?.focus();
    }
  }, []);

  /** Writes the text box's value and puts the caret at `caret`, where the agent goes on typing. */
  const setText = useCallback(
    (text: string, caret: number) => {
      form.setValue("TEXT.text", text, { shouldDirty: true });
      const element = textBox.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(caret, caret);
    },
    [form],
  );

  return useMemo(
    () => ({
      textBoxRef,
      panelRef,
      textBoxSoon: () => {
        wantFocus.current = "text";
      },
      openPanel: (type: PanelType) => {
        wantFocus.current = "panel";
        form.setValue("type", type);
      },
      closePanel: () => {
        wantFocus.current = "text";
        form.setValue("type", "TEXT");
      },
      insertAtCaret: (insert: string) => {
        const element = textBox.current;
        const text = form.getValues("TEXT.text");
        const start = element?.selectionStart ?? text.length;
        const end = element?.selectionEnd ?? text.length;
        setText(text.slice(0, start) + insert + text.slice(end), start + insert.length);
      },
      insertReply: (slash: SlashQuery, insert: string) => {
        const next = replaceSlashQuery(form.getValues("TEXT.text"), slash, insert);
        setText(next.text, next.caret);
      },
    }),
    [form, textBoxRef, panelRef, setText],
  );
}
