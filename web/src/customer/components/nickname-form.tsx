import { useId, useState } from "react";
import { nicknameLimit } from "../../../../contract/visitor.ts";
import { ApiError } from "../../lib/api-client.ts";
import { errorWords } from "../lib/error-words.ts";
import type { Translate } from "../lib/translate.ts";
import { saveNickname } from "../lib/visitor-api.ts";

// The optional name the agent sees (channel_nick of the next conversation). Offered before a chat
// starts; a host site's signed member arrives with theirs.

export function NicknameForm({ t, initial, onSaved }: { t: Translate; initial: string | undefined; onSaved: (nickname: string) => void }) {
  const [value, setValue] = useState(initial ?? "");
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();
  return (
    <form
      className="cx-nickname"
      onSubmit={(event) => {
        event.preventDefault();
        const nickname = value.trim();
        if (nickname === "") return;
        saveNickname(nickname).then(
          () => {
            setNote({ text: t("nickname.saved"), error: false });
            onSaved(nickname);
          },
          (cause: unknown) => setNote({ text: errorWords(cause instanceof ApiError ? cause.body : undefined, t, cause instanceof ApiError && cause.isNetwork), error: true }),
        );
      }}
    >
      <label htmlFor={`${id}-name`}>{t("nickname.label")}</label>
      <div className="cx-nickname__row">
        <input
          id={`${id}-name`}
          value={value}
          maxLength={nicknameLimit}
          autoComplete="nickname"
          aria-describedby={`${id}-note`}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" className="cx-button">
          {t("nickname.save")}
        </button>
      </div>
      <p id={`${id}-note`} className={note?.error ? "cx-field-error" : "cx-hint"} role="status">
        {note?.text ?? t("nickname.hint")}
      </p>
    </form>
  );
}
