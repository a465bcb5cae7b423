import { type RefObject, useCallback, useEffect, useMemo, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { MessageDraft } from "../../../../../contract/message-content.ts";
import { type ComposerValues, composerValuesSchema } from "../lib/composer-values.ts";
import { type PendingSend, saveDraft } from "../lib/draft-storage.ts";

// Keeps the composer's draft in localStorage while the agent types (debounced, so typing stays cheap),
// and writes at once when the page is hidden or the composer goes away, so a reload loses nothing.

const debounceMs = 400;

export function useDraftPersistence(
  sid: string,
  form: UseFormReturn<ComposerValues, unknown, MessageDraft>,
  pendingRef: RefObject<PendingSend | undefined>,
) {
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    saveDraft(window.localStorage, sid, { values: composerValuesSchema.parse(form.getValues()), pending: pendingRef.current });
  }, [sid, form, pendingRef]);

  useEffect(() => {
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(flush, debounceMs);
      },
    });
    const flushIfDue = () => {
      if (timer.current !== undefined) flush();
    };
    window.addEventListener("pagehide", flushIfDue);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", flushIfDue);
      flushIfDue();
    };
  }, [form, flush]);

  return useMemo(() => ({ flush }), [flush]);
}
