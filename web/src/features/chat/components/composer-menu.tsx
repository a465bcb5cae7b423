import { type KeyboardEvent, useId, useRef, useState } from "react";

// A menu button (WAI-ARIA APG "menu button" pattern): Enter, Space or ↓ opens it on the first item, ↑
// on the last; ↑/↓ move (wrapping), Home/End jump, Esc closes and returns focus to the button, Tab
// or a click elsewhere closes it. Written here rather than taken from a UI kit: two small menus do
// not justify a component library's weight in the console's first load.

export interface MenuItem<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  label: string;
  items: readonly MenuItem<T>[];
  onSelect: (value: T) => void;
}

export function ComposerMenu<T extends string>({ label, items, onSelect }: Props<T>) {
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const focusItem = (index: number) => {
    const count = items.length;
    itemRefs.current[((index % count) + count) % count]?.focus();
  };
  const openAt = (index: number) => {
    setOpen(true);
    // The items exist once React has rendered the open menu.
    requestAnimationFrame(() => focusItem(index));
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? 0 : items.length - 1);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusItem(target);
    } else if (event.key === "Escape") {
      // Handled: the panel around the composer must not also take this Esc as "cancel".
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  return (
    <div
      className="chat-menu"
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget)) close(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button button--small chat-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" className="chat-menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div id={menuId} role="menu" aria-labelledby={buttonId} className="chat-menu-list" onKeyDown={onMenuKeyDown}>
          {items.map((item, index) => (
            <button
              key={item.value}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="chat-menu-item"
              onClick={() => {
                setOpen(false);
                onSelect(item.value);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
