import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { isTakenByOther, useTakeSession } from "../api/take-session.ts";

// "Take" on an Unassigned row. The outcome is told by the list (the row itself leaves the queue
// either way): onTaken opens the session, onLost says that another agent was faster.

interface TakeButtonProps {
  session: SessionView;
  onTaken: (session: SessionView) => void;
  onLost: (session: SessionView) => void;
  onFailed: (error: Error) => void;
}

export function TakeButton({ session, onTaken, onLost, onFailed }: TakeButtonProps) {
  const { t } = useTranslation("sessions");
  const take = useTakeSession();
  const name = session.channel_nick ?? session.channel_uid;
  return (
    <button
      type="button"
      className="button button--small session-row__action"
      aria-label={t("take.label", { name })}
      aria-disabled={take.isPending || undefined}
      onClick={() => {
        if (take.isPending) return;
        // The promise, not mutate()'s callbacks: TanStack drops those when this button unmounts, and it
        // does as soon as a live event says the session left the queue, which can come before the
        // answer, so neither the winner's session opened nor the loser was told.
        take.mutateAsync(session.sid).then(onTaken, (error: Error) => (isTakenByOther(error) ? onLost(session) : onFailed(error)));
      }}
    >
      {t("take.button")}
    </button>
  );
}
