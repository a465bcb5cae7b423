import { type KeyboardEvent, useId } from "react";
import { type Moves, usePopup, wrapAround } from "../hooks/use-popup.ts";

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
  const { button, close, onBlur, onPopupKeyDown, open, openAt, registerItem, toggle } = usePopup(items.length, wrapAround);
  const buttonId = useId();
  const menuId = useId();

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openAt(event.key === "ArrowDown" ? 0 : items.length - 1);
    }
  };
  const moves: Moves = (current) => ({ ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1 });

  return (
    <div className="chat-menu" onBlur={onBlur}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button button--small chat-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={toggle}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" className="chat-menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="chat-menu-list"
          onKeyDown={(event) => {
            if (!onPopupKeyDown(event, moves) && event.key === "Tab") close(false);
          }}
        >
          {items.map((item, index) => (
            <button
              key={item.value}
              ref={registerItem(index)}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="chat-menu-item"
              onClick={() => {
                close(false);
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
