import { type CompositionEvent, type KeyboardEvent, useMemo, useRef } from "react";
import { type ComposerFieldKind, decideComposerKey } from "../../../lib/enter-key.ts";

// Wires web/src/lib/enter-key.ts to the composer <form>: which field the key came from, and whether an input
// method is composing (tracked between compositionstart and compositionend, as a third signal).

function fieldKind(target: EventTarget): ComposerFieldKind {
  if (target instanceof HTMLTextAreaElement) return target.dataset.enterSends === "true" ? "enter-sends" : "multiline";
  if (target instanceof HTMLInputElement) return "single-line";
  return "other";
}

export function useComposerKeys() {
  const composing = useRef(false);
  return useMemo(
    () => ({
      onCompositionStart: (_event: CompositionEvent<HTMLFormElement>) => {
        composing.current = true;
      },
      onCompositionEnd: (_event: CompositionEvent<HTMLFormElement>) => {
        composing.current = false;
      },
      onKeyDown: (event: KeyboardEvent<HTMLFormElement>) => {
        // Taken by a control inside (the quick-reply list picks with Enter).
        if (event.defaultPrevented) return;
        const native = event.nativeEvent;
        const decision = decideComposerKey(
          {
            key: event.key,
            shiftKey: event.shiftKey,
            ctrlKey: event.ctrlKey,
            metaKey: event.metaKey,
            altKey: event.altKey,
            isComposing: native.isComposing,
            keyCode: native.keyCode,
          },
          fieldKind(event.target),
          composing.current,
        );
        if (decision === "default") return;
        event.preventDefault();
        if (decision === "send") event.currentTarget.requestSubmit();
      },
    }),
    [],
  );
}
