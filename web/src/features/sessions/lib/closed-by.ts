import type { SessionView } from "../../../../../contract/api.ts";

// Who closed a session, as a person reads it. The server records an actor id: a staff username, or
// `visitor:<member id>` when the customer ended it, or `system:<job>` (auto-close, heartbeat). Internal
// ids mean nothing to an agent: the customer is named by their nickname, a system job by what it is.

export type ClosedBy = { kind: "staff"; username: string } | { kind: "customer"; nick: string | undefined } | { kind: "system" };

export function closedByOf(session: Pick<SessionView, "closed_by" | "channel_nick">): ClosedBy | undefined {
  const who = session.closed_by;
  if (!who) return undefined;
  if (who.startsWith("visitor:")) return { kind: "customer", nick: session.channel_nick };
  if (who.startsWith("system:") || who === "auto-close") return { kind: "system" };
  return { kind: "staff", username: who };
}
