import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SessionView } from "../../../../../contract/api.ts";
import { RelativeTime } from "../../../components/relative-time.tsx";
import { MarkClosedDialog } from "./mark-closed-dialog.tsx";

// An open session the platform said it no longer knows (SESSION_NOT_FOUND): sending or closing cannot
// work and trying again cannot help, so instead of "retry" the agent is offered "Mark closed".

export function UnknownSessionNote({ session }: { session: SessionView }) {
  const { t } = useTranslation("sessions");
  const [dialogOpen, setDialogOpen] = useState(false);
  if (session.unknown_to_platform_at === undefined) return null;
  return (
    <div className="notice notice--warning unknown-session" role="status">
      <p className="notice__title">{t("unknown.title")}</p>
      <p>{t("unknown.body")}</p>
      <p className="muted">
        {t("unknown.since")} <RelativeTime at={session.unknown_to_platform_at} />
      </p>
      <button type="button" className="button button--small" onClick={() => setDialogOpen(true)}>
        {t("unknown.markClosed")}
      </button>
      <MarkClosedDialog session={session} open={dialogOpen} onClose={() => setDialogOpen(false)} />
    </div>
  );
}
