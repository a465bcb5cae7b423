import { useEffect, useId, useRef, useState } from "react";
import { NarrowSessionNav, useNarrowPane } from "./narrow-session-nav.tsx";
import { useTranslation } from "react-i18next";
import { ApiErrorNotice } from "../components/api-error-notice.tsx";
import type { UserView } from "../../../contract/auth.ts";
import { ChatPane } from "../features/chat/components/chat-pane.tsx";
import { usePullIntoGroup } from "../features/groups/api/use-pull-into-group.ts";
import { ConfirmPullDialog } from "../features/groups/components/confirm-pull-dialog.tsx";
import { GroupPanel } from "../features/groups/components/group-panel.tsx";
import { GroupPullError } from "../features/groups/components/group-pull-error.tsx";
import { PullIntoGroupButton } from "../features/groups/components/pull-into-group-button.tsx";
import { useSession } from "../features/sessions/api/get-session.ts";
import { AssignButton } from "../features/sessions/components/assign-button.tsx";
import { CloseSessionDialog } from "../features/sessions/components/close-session-dialog.tsx";
import { CustomerPanel } from "../features/sessions/components/customer-panel.tsx";
import { SessionDetails } from "../features/sessions/components/session-details.tsx";
import { OpenAsCustomerLink } from "../features/sessions/components/open-as-customer-link.tsx";
import { SessionHeader } from "../features/sessions/components/session-header.tsx";
import { useReadWhenSeen } from "../features/sessions/lib/use-read-when-seen.ts";
import { useShortcuts } from "../features/shortcuts/lib/use-shortcuts.ts";
import { GroupTicketForm } from "../features/tickets/components/group-ticket-form.tsx";
import { SessionTickets } from "../features/tickets/components/session-tickets.tsx";
import { ApiError } from "../lib/api-client.ts";
import { hasUnsentDraft } from "./has-unsent-draft.ts";

// The selected session: header with its actions, the conversation, and beside it the session's tools
// (its DingTalk group, the visitor ticket, its details). Features meet here and nowhere else. Having
// it on screen is reading it: the customer's unread messages are marked read (useReadWhenSeen).

/** Where focus goes once the session is on screen: a new session's composer, or the conversation after j/k. */
export type SessionFocus = "composer" | "conversation";

export interface SessionPaneProps {
  sid: string;
  user: UserView;
  onClear: () => void;
  focusOnOpen?: SessionFocus | undefined;
}

export function SessionPane({ sid, user, onClear, focusOnOpen }: SessionPaneProps) {
  const { t } = useTranslation(["app", "sessions", "common"]);
  const session = useSession(sid);
  const pull = usePullIntoGroup(sid);
  const [closing, setClosing] = useState(false);
  const [confirmingPull, setConfirmingPull] = useState(false);
  const chatRegion = useRef<HTMLElement>(null);
  const narrow = useNarrowPane();
  const headingId = useId();
  const groupHeadingId = useId();
  const data = session.data;
  const open = data?.status === "open";
  useReadWhenSeen(data, user.username);

  // Both shortcuts that call the platform ask first: `c` opens the close dialog the button opens, `g`
  // asks before a group is made. With a group already made, `g` takes the agent to it instead.
  useShortcuts({
    closeSession: open ? () => setClosing(true) : undefined,
    pullIntoGroup: open
      ? () => (data.group ? document.getElementById(groupHeadingId)?.focus() : setConfirmingPull(true))
      : undefined,
  });

  // Once, when the session first shows: the composer (textarea) of a new session, so the agent can
  // type at once; after j/k the conversation itself, so the next j/k still moves (a key typed into
  // the composer would not).
  const loaded = data !== undefined;
  useEffect(() => {
    const region = chatRegion.current;
    if (!loaded || !focusOnOpen || !region) return;
    const composer = focusOnOpen === "composer" ? region.querySelector<HTMLElement>("textarea") : null;
    (composer ?? region).focus();
  }, [loaded, focusOnOpen]);

  if (!data) {
    if (session.isError) {
      const missing = session.error instanceof ApiError && session.error.status === 404;
      return missing ? (
        <div className="pane-message">
          <p>{t("sessions:detail.notFound")}</p>
          <button type="button" className="button" onClick={onClear}>
            {t("sessions:detail.clearSelection")}
          </button>
        </div>
      ) : (
        <ApiErrorNotice error={session.error} onRetry={() => void session.refetch()} />
      );
    }
    return <p className="muted pane-message">{t("sessions:detail.loading")}</p>;
  }

  return (
    <article className="session" aria-labelledby={headingId} data-pane={narrow.pane}>
      <NarrowSessionNav state={narrow} onClear={onClear} />
      <SessionHeader
        session={data}
        headingId={headingId}
        onRequestClose={() => setClosing(true)}
        actions={
          <>
            <OpenAsCustomerLink session={data} />
            {user.role === "supervisor" && <AssignButton session={data} />}
            {!data.group && <PullIntoGroupButton state={pull} />}
          </>
        }
      />
      <div className="session__body">
        <section ref={chatRegion} className="session__chat" aria-label={t("app:chatRegion")} tabIndex={-1}>
          <ChatPane session={data} agentName={user.display_name} viewer={user.username} />
        </section>
        <aside id={narrow.sideId} className="session__side" aria-label={t("app:sideRegion")} tabIndex={-1}>
          {/* The customer first; the platform's ids last, folded. */}
          <CustomerPanel session={data} />
          <GroupPullError state={pull} />
          {data.group && <GroupPanel group={data.group} sid={sid} headingId={groupHeadingId} />}
          <SessionTickets sid={sid} />
          {data.group && open && <GroupTicketForm key={data.group.created_at} group={data.group} sid={sid} />}
          <SessionDetails session={data} />
        </aside>
      </div>
      <CloseSessionDialog session={data} open={closing} onClose={() => setClosing(false)} hasDraft={hasUnsentDraft} />
      <ConfirmPullDialog
        open={confirmingPull}
        onClose={() => setConfirmingPull(false)}
        customer={data.channel_nick ?? data.channel_uid}
        state={pull}
      />
    </article>
  );
}
