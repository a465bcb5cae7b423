import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

// A small grid of the emoji agents use most, inserted at the caret of the text box. Built in rather
// than a full emoji library: a few dozen faces and gestures cover service chat, and a complete set
// with search would weigh more than the rest of the composer. Arrow keys move in the grid, Esc closes
// and returns focus to the button.

const emoji = [
  "😊", "😄", "😂", "🙂", "😉", "😍", "🤔", "😅",
  "😢", "😭", "😮", "😴", "🙏", "👍", "👌", "👏",
  "🤝", "💪", "👋", "🙌", "❤️", "💯", "🎉", "🎁",
  "✅", "❌", "⚠️", "⏰", "📦", "🚚", "💰", "📞",
] as const;
const columns = 8;

export function EmojiPicker({ onPick }: { onPick: (emoji: string) => void }) {
  const { t } = useTranslation("chat");
  const [open, setOpen] = useState(false);
  const gridId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const cells = useRef<(HTMLButtonElement | null)[]>([]);

  const focusCell = (index: number) => cells.current[Math.min(Math.max(index, 0), emoji.length - 1)]?.focus();
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = cells.current.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      ArrowDown: current + columns,
      ArrowUp: current - columns,
      Home: 0,
      End: emoji.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusCell(target);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close(true);
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
        type="button"
        className="button button--small chat-menu-button"
        aria-expanded={open}
        aria-controls={open ? gridId : undefined}
        aria-label={t("composer.emoji")}
        title={t("composer.emoji")}
        onClick={() => {
          setOpen(!open);
          if (!open) requestAnimationFrame(() => focusCell(0));
        }}
      >
        <span aria-hidden="true">😊</span>
      </button>
      {open && (
        <div id={gridId} role="group" aria-label={t("composer.emojiPicker")} className="chat-emoji-grid" onKeyDown={onGridKeyDown}>
          {emoji.map((char, index) => (
            <button
              key={char}
              ref={(element) => {
                cells.current[index] = element;
              }}
              type="button"
              tabIndex={index === 0 ? 0 : -1}
              className="chat-emoji"
              onClick={() => {
                setOpen(false);
                onPick(char);
              }}
            >
              {char}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
