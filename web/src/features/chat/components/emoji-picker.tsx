import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type Moves, stopAtEnds, usePopup } from "../hooks/use-popup.ts";

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
  const { button, close, onBlur, onPopupKeyDown, open, registerItem, toggle } = usePopup(emoji.length, stopAtEnds);
  const gridId = useId();
  const moves: Moves = (current) => ({
    ArrowRight: current + 1,
    ArrowLeft: current - 1,
    ArrowDown: current + columns,
    ArrowUp: current - columns,
    Home: 0,
    End: emoji.length - 1,
  });

  return (
    <div className="chat-menu" onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="button button--small chat-menu-button"
        aria-expanded={open}
        aria-controls={open ? gridId : undefined}
        aria-label={t("composer.emoji")}
        title={t("composer.emoji")}
        onClick={toggle}
      >
        <span aria-hidden="true">😊</span>
      </button>
      {open && (
        <div
          id={gridId}
          role="group"
          aria-label={t("composer.emojiPicker")}
          className="chat-emoji-grid"
          onKeyDown={(event) => void onPopupKeyDown(event, moves)}
        >
          {emoji.map((char, index) => (
            <button
              key={char}
              ref={registerItem(index)}
              type="button"
              tabIndex={index === 0 ? 0 : -1}
              className="chat-emoji"
              onClick={() => {
                close(false);
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
