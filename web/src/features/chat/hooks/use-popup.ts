import { type FocusEvent, type KeyboardEvent, useRef, useState } from "react";

// What the composer's Attach and Insert menus and its emoji grid share: a button that opens a popup of
// buttons on its first one, keys that move focus among them, Esc that closes it with focus back on the
// button, and focus leaving the button and popup (Tab away, a click elsewhere) that closes it.

/** Where a move to `index` lands among `count` items. */
export type Placement = (index: number, count: number) => number;
/** Past either end comes round to the other (a menu). */
export const wrapAround: Placement = (index, count) => ((index % count) + count) % count;
/** Past either end stays at it (a grid). */
export const stopAtEnds: Placement = (index, count) => Math.min(Math.max(index, 0), count - 1);

/** The index each key moves focus to, from the focused item's (-1 when none is focused). */
export type Moves = (current: number) => Partial<Record<string, number>>;

export function usePopup(count: number, place: Placement) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  const focusItem = (index: number) => items.current[place(index, count)]?.focus();
  const openAt = (index: number) => {
    setOpen(true);
    // The items exist once React has rendered the open popup.
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  return {
    open,
    openAt,
    close,
    button,
    /** The button's click: opens on the first item, or closes. */
    toggle: () => (open ? close(false) : openAt(0)),
    registerItem: (index: number) => (element: HTMLButtonElement | null) => {
      items.current[index] = element;
    },
    /** On the element around the button and the popup. */
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (open && !event.currentTarget.contains(event.relatedTarget)) close(false);
    },
    /** The popup's keys: a move, or Esc. Returns false for a key it leaves alone. */
    onPopupKeyDown: (event: KeyboardEvent<HTMLElement>, moves: Moves): boolean => {
      const current = items.current.indexOf(document.activeElement as HTMLButtonElement);
      const target = moves(current)[event.key];
      if (target !== undefined) {
        event.preventDefault();
        focusItem(target);
        return true;
      }
      if (event.key === "Escape") {
        // Handled: the panel around the composer must not also take this Esc as "cancel".
        event.preventDefault();
        event.stopPropagation();
        close(true);
        return true;
      }
      return false;
    },
  };
}
