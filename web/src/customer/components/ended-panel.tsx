import type { VisitorConversationHeader } from "../../../../contract/visitor.ts";
import type { Translate } from "../lib/translate.ts";

// Where the composer was once a conversation is over: who ended it, and a way to start again.

export function EndedPanel({ t, header, onStartNew }: { t: Translate; header: VisitorConversationHeader; onStartNew: () => void }) {
  let reason = t("end.ended");
  if (header.close_reason === "heartBeatBreak") reason = t("end.endedIdle");
  else if (header.closed_by_side === "agent") reason = t("end.endedByAgent");
  return (
    <div className="cx-ended">
      <p>{reason}</p>
      <button type="button" className="cx-button cx-button--primary" onClick={onStartNew}>
        {t("end.startNew")}
      </button>
    </div>
  );
}
