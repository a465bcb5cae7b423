import { useState } from "react";
import type { Translate } from "../lib/translate.ts";

// A handful of everyday emoji one tap away; phones' own keyboards have the rest. No emoji library:
// the page's budget is for customers on mobile networks.

const emoji = ["😀", "😂", "😊", "😍", "🤔", "😢", "😡", "👍", "👎", "🙏", "👏", "🎉", "❤️", "✅", "❌", "📦", "🚚", "💰", "📷", "⏰"];

export function EmojiPicker({ t, onPick }: { t: Translate; onPick: (emoji: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="cx-emoji">
      <button type="button" className="cx-icon-button" aria-expanded={open} aria-label={t("composer.emoji")} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">😊</span>
      </button>
      {open && (
        <div className="cx-emoji__panel" role="group" aria-label={t("composer.emojiPicker")}>
          {emoji.map((item) => (
            <button
              key={item}
              type="button"
              className="cx-emoji__item"
              onClick={() => {
                onPick(item);
                setOpen(false);
              }}
            >
              {item}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
