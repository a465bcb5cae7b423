import { isRetryableCode } from "../../contract/errors.ts";
import type { CloseRecord } from "./agent.ts";
import type { Findings } from "./invariants.ts";
import type { PlatformState } from "./sandbox-admin.ts";
import type { StoreSnapshot } from "./store-snapshot.ts";
import type { VisitorSendRecord } from "./visitor.ts";

// The customers' side of the soak's invariants: what each customer page did and was told (sends with
// the sid the BFF answered, "End chat"s), against the console's store and the platform. A customer's
// message on the platform must come from the member (sender_type 1, sender_id = the session's member),
// and a visitor keeps one conversation from first message to last, across the BFF's restart: their
// cookie is signed with a key kept in the store, so it still names them after a crash.

export interface CustomerLedger {
  sends: readonly VisitorSendRecord[];
  ends: readonly CloseRecord[];
  /** The platform's conversations opened by customers (not the agents' sessions). */
  platformSids: ReadonlySet<string>;
}

/** Right after the load, faults cleared, before anything is retried. */
export function checkCustomersAfterLoad(ledger: CustomerLedger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  const toldSent = "customer: told sent ⇒ stored as sent";
  const failedRetryable = "customer: stored as failed ⇒ with a retryable error";
  for (const name of [toldSent, failedRetryable]) findings.check(name);
  for (const send of ledger.sends) {
    const stored = store.messages.get(send.messageId);
    if (send.outcome !== "failed" && stored?.status !== "sent") findings.violate(toldSent, `${send.messageId}: ${stored?.status ?? "not stored"}`);
    if (stored?.status === "failed" && !isRetryableCode(stored.error?.code ?? "")) {
      findings.violate(failedRetryable, `${send.messageId}: ${stored.error?.code ?? "no error"}`);
    }
  }
  checkDeliveries(ledger, store, platform, findings, false);
  checkConversations(ledger, store, platform, findings);
}

/** After every failed message and "End chat" was retried once more, without faults. */
export function checkCustomersAfterSettle(ledger: CustomerLedger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  checkDeliveries(ledger, store, platform, findings, true);
  checkConversations(ledger, store, platform, findings);
}

/** Stored as sent ⇒ on the platform once, with its content, from the member; nothing there unrecorded. */
function checkDeliveries(ledger: CustomerLedger, store: StoreSnapshot, platform: PlatformState, findings: Findings, settled: boolean) {
  const delivered = "customer: stored as sent ⇒ delivered once, with its content, as the member (sender_type 1)";
  const unrecorded = "customer: nothing delivered without a record in the store";
  const allSent = "customer: every message sent after the settle";
  for (const name of [delivered, unrecorded, ...(settled ? [allSent] : [])]) findings.check(name);

  const copies = new Map<string, PlatformState["messages"]>();
  for (const m of platform.messages) if (ledger.platformSids.has(m.sid)) copies.set(m.messageId, [...(copies.get(m.messageId) ?? []), m]);
  for (const send of ledger.sends) {
    const stored = store.messages.get(send.messageId);
    if (settled && stored?.status !== "sent") findings.violate(allSent, `${send.messageId}: ${stored?.status ?? "not stored"}`);
    if (stored?.status !== "sent") continue;
    const onPlatform = copies.get(send.messageId) ?? [];
    const member = store.sessions.get(stored.sid)?.channel_uid;
    const m = onPlatform[0];
    if (onPlatform.length !== 1 || m?.content !== send.content || m.sid !== stored.sid || m.senderType !== "1" || m.senderId !== member) {
      findings.violate(delivered, `${send.messageId}: ${onPlatform.length} on the platform${m ? `, sender ${m.senderType ?? "?"}/${m.senderId ?? "?"}` : ""}`);
    }
  }
  for (const [messageId, [m]] of copies) {
    if (m && !store.messages.has(messageId)) findings.violate(unrecorded, `${m.sid}/${messageId}`);
  }
}

/** One conversation per visitor; every customer conversation the platform has is in the store (or empty); ends done. */
function checkConversations(ledger: CustomerLedger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  const oneConversation = "customer: one conversation per visitor, across the BFF's restart";
  const known = "customer: every conversation on the platform with a message is in the store";
  const ended = "customer: End chat done ⇒ closed in the store and on the platform (memberCloseTheSession, operator_type 1)";
  const endFailed = "customer: End chat reported failed ⇒ the conversation still open in the store";
  const notEnded = "customer: a conversation never ended ⇒ open in the store and on the platform";
  for (const name of [oneConversation, known, ended, endFailed, notEnded]) findings.check(name);

  const sidsByVisitor = new Map<number, Set<string>>();
  for (const send of ledger.sends) {
    const sid = store.messages.get(send.messageId)?.sid ?? send.sid;
    if (sid !== undefined) sidsByVisitor.set(send.visitor, new Set([...(sidsByVisitor.get(send.visitor) ?? []), sid]));
  }
  for (const [visitor, sids] of sidsByVisitor) if (sids.size > 1) findings.violate(oneConversation, `visitor ${visitor}: ${[...sids].join(", ")}`);

  const withMessages = new Set(platform.messages.map((m) => m.sid));
  for (const sid of ledger.platformSids) if (!store.sessions.has(sid) && withMessages.has(sid)) findings.violate(known, sid);

  const platformStatus = new Map(platform.sessions.map((s) => [s.sid, s.status]));
  const closeOf = new Map(platform.closes.map((c) => [c.sid, c]));
  const ends = new Map(ledger.ends.map((e) => [e.sid, e]));
  for (const [sid, session] of store.sessions) {
    if (!ledger.platformSids.has(sid)) continue;
    const end = ends.get(sid);
    const close = closeOf.get(sid);
    if (end?.outcome === "closed") {
      const right = session.status === "closed" && session.close_reason === "memberCloseTheSession" && close?.reason === "memberCloseTheSession" && close.operatorType === "1";
      if (!right) findings.violate(ended, `${sid}: store ${session.status}/${session.close_reason ?? "-"}, platform ${close?.reason ?? platformStatus.get(sid) ?? "?"}`);
    }
    if (end?.outcome === "failed" && session.status !== "open") findings.violate(endFailed, `${sid}: store ${session.status}`);
    if (!end && (session.status !== "open" || platformStatus.get(sid) !== "open")) {
      findings.violate(notEnded, `${sid}: store ${session.status}, platform ${platformStatus.get(sid) ?? "?"}`);
    }
  }
}

/** Conversations on the platform the store never knew: a start whose answer was lost (reported, empty). */
export function orphanConversations(ledger: CustomerLedger, store: StoreSnapshot): number {
  return [...ledger.platformSids].filter((sid) => !store.sessions.has(sid)).length;
}
