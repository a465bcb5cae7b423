import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { QuickReplyView } from "../../../../../contract/quick-replies.ts";
import { useQuickReplies } from "../api/get-quick-replies.ts";
import { quickReplyText, type ReplyContext } from "../lib/quick-reply-text.ts";
import { findSlashQuery, type SlashQuery } from "../lib/slash-query.ts";

// The `/` quick-reply picker of the text box: reads the `/query` at the caret, searches the server
// for it (after a short pause in typing), and drives the list from the keyboard while focus stays in
// the text box. Keys are never acted on while an input method is composing: its Enter picks a
// candidate, its arrows move in the candidate window. Esc closes the list until the `/` changes.

const searchDelayMs = 150;
/** The list shows this many and says how many more match: typing narrows it, nothing scrolls. */
export const shownReplies = 6;

export function useQuickReplyPicker(context: ReplyContext, insert: (slash: SlashQuery, text: string) => void) {
  const { i18n } = useTranslation("chat");
  const listId = useId();
  const [slash, setSlash] = useState<SlashQuery>();
  const [dismissedAt, setDismissedAt] = useState<number>();
  const [active, setActive] = useState(0);
  const [query, setQuery] = useState("");
  const open = slash !== undefined && slash.start !== dismissedAt;

  useEffect(() => {
    if (!slash) return;
    const timer = window.setTimeout(() => setQuery(slash.query), searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [slash]);
  const replies = useQuickReplies(query, open);
  const matches = open ? (replies.data?.items ?? []) : [];
  const items = matches.slice(0, shownReplies);
  const textOf = (reply: QuickReplyView) => quickReplyText(reply, i18n.language, context);

  /** Called on every change and caret move of the text box. */
  const track = (element: HTMLTextAreaElement) => {
    const next = findSlashQuery(element.value, element.selectionStart);
    setSlash((previous) => (previous?.start === next?.start && previous?.query === next?.query ? previous : next));
    if (next?.start !== slash?.start || next?.query !== slash?.query) setActive(0);
    if (next?.start !== dismissedAt) setDismissedAt(undefined);
  };

  const pick = (reply: QuickReplyView) => {
    if (!slash) return;
    insert(slash, textOf(reply));
    setSlash(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const native = event.nativeEvent;
    if (!open || native.isComposing || native.keyCode === 229) return;
    const count = items.length;
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && count > 0) {
      event.preventDefault();
      setActive((index) => (index + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && count > 0) {
      // preventDefault also tells the composer's Enter-sends handler the key is taken.
      event.preventDefault();
      const reply = items[Math.min(active, count - 1)];
      if (reply) pick(reply);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(slash.start);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  const state: "loading" | "failed" | "ready" = replies.isError ? "failed" : replies.isFetching || query !== slash?.query ? "loading" : "ready";
  return {
    open,
    track,
    close: () => setSlash(undefined),
    onKeyDown,
    list: {
      id: listId,
      optionId,
      query: slash?.query ?? "",
      items,
      more: matches.length - items.length,
      textOf,
      active,
      state,
      onPick: pick,
      onHover: setActive,
    },
    inputProps: open
      ? {
          "aria-autocomplete": "list" as const,
          "aria-controls": items.length > 0 ? listId : undefined,
          "aria-activedescendant": items.length > 0 ? optionId(Math.min(active, items.length - 1)) : undefined,
        }
      : {},
  };
}
