import { isRetryableCode } from "../../contract/errors.ts";
import type { CloseRecord, SendRecord } from "./agent.ts";
import type { PlatformState } from "./sandbox-admin.ts";
import type { StoreSnapshot } from "./store-snapshot.ts";

// The soak's invariants, comparing three records of the same run: what the agent did and was told
// (the ledger), what the console stored, and what the platform (the sandbox) recorded.

export interface Ledger {
  sids: readonly string[];
  sends: readonly SendRecord[];
  closes: readonly CloseRecord[];
  /** The customers' messages beside the agents' (their own checks are in visitor-invariants.ts). */
  customerMessageIds: ReadonlySet<string>;
}

/** Violations by invariant, each with a few examples. */
export class Findings {
  readonly byInvariant = new Map<string, { count: number; examples: string[] }>();

  check(invariant: string) {
    if (!this.byInvariant.has(invariant)) this.byInvariant.set(invariant, { count: 0, examples: [] });
  }

  violate(invariant: string, example: string) {
    const entry = this.byInvariant.get(invariant) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 5) entry.examples.push(example);
    this.byInvariant.set(invariant, entry);
  }

  get violations(): number {
    let total = 0;
    for (const { count } of this.byInvariant.values()) total += count;
    return total;
  }
}

const key = (sid: string, messageId: string) => `${sid}/${messageId}`;

/** Right after the load, faults cleared, before anything is retried. */
export function checkAfterLoad(ledger: Ledger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  const onPlatform = new Map(platform.messages.map((m) => [key(m.sid, m.messageId), m]));
  const lost = "none lost: every message the console answered about is in the store";
  const unrecorded = "nothing delivered without a record: every message on the platform is in the store";
  const sentDelivered = "stored as sent ⇒ delivered once, with its content";
  const failedRetryable = "stored as failed ⇒ with a retryable error";
  const answeredSent = "answered as sent ⇒ stored as sent";
  for (const name of [lost, unrecorded, sentDelivered, failedRetryable, answeredSent]) findings.check(name);

  for (const send of ledger.sends) {
    const stored = store.messages.get(send.messageId);
    const delivered = onPlatform.get(key(send.sid, send.messageId));
    if (!stored) {
      // Refused or cut before the BFF stored it as pending: then it must not have been sent either.
      if (send.answeredByConsole) findings.violate(lost, `${send.messageId} (answers ${send.answers.join(",")})`);
      if (delivered) findings.violate(unrecorded, `${send.messageId} (answers ${send.answers.join(",")})`);
      continue;
    }
    if (stored.status === "sent" && delivered?.content !== send.content) {
      findings.violate(sentDelivered, `${send.messageId}: ${delivered ? "other content" : "not on the platform"}`);
    }
    if (stored.status === "failed" && !isRetryableCode(stored.error?.code ?? "")) {
      findings.violate(failedRetryable, `${send.messageId}: ${stored.error?.code ?? "no error"}`);
    }
    if (send.outcome !== "failed" && stored.status !== "sent") findings.violate(answeredSent, `${send.messageId}: stored ${stored.status}`);
  }
  checkPlatformHasNoStrays(ledger, platform, findings);
  checkCloses(ledger, store, platform, findings);
}

/** After every failed message and close was retried once more, without faults. */
export function checkAfterSettle(ledger: Ledger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  const pending = "no message left pending";
  const allSent = "every message sent after the settle";
  const once = "each message delivered as one distinct platform message";
  for (const name of [pending, allSent, once]) findings.check(name);

  for (const message of store.messages.values()) {
    if (message.status === "pending") findings.violate(pending, message.message_id);
  }
  const distinct = new Map<string, number>();
  for (const m of platform.messages) distinct.set(key(m.sid, m.messageId), (distinct.get(key(m.sid, m.messageId)) ?? 0) + 1);
  for (const send of ledger.sends) {
    const stored = store.messages.get(send.messageId);
    if (stored?.status !== "sent") findings.violate(allSent, `${send.messageId}: ${stored?.status ?? "not stored"}`);
    const copies = distinct.get(key(send.sid, send.messageId)) ?? 0;
    if (copies !== 1) findings.violate(once, `${send.messageId}: ${copies} on the platform`);
  }
  checkPlatformHasNoStrays(ledger, platform, findings);
  checkCloses(ledger, store, platform, findings);
}

function checkPlatformHasNoStrays(ledger: Ledger, platform: PlatformState, findings: Findings) {
  const name = "none duplicated: the platform holds only the agents' and customers' messages, each content once";
  findings.check(name);
  const sent = new Map(ledger.sends.map((s) => [key(s.sid, s.messageId), s.content]));
  const contents = new Set<string>();
  for (const m of platform.messages) {
    const known = sent.has(key(m.sid, m.messageId)) || ledger.customerMessageIds.has(m.messageId);
    if (!known) findings.violate(name, `${m.sid}/${m.messageId} was never sent by an agent or a customer`);
    if (contents.has(m.content)) findings.violate(name, `${m.messageId}: a second message with the same content`);
    contents.add(m.content);
  }
}

function checkCloses(ledger: Ledger, store: StoreSnapshot, platform: PlatformState, findings: Findings) {
  const done = "a close done ⇒ closed in the store and on the platform";
  const failed = "a close reported failed ⇒ the session still open in the store";
  const untouched = "a session never closed ⇒ open in the store and on the platform";
  for (const name of [done, failed, untouched]) findings.check(name);
  const platformStatus = new Map(platform.sessions.map((s) => [s.sid, s.status]));
  const closes = new Map(ledger.closes.map((c) => [c.sid, c]));
  for (const sid of ledger.sids) {
    const close = closes.get(sid);
    const inStore = store.sessions.get(sid)?.status;
    const onPlatform = platformStatus.get(sid);
    if (close?.outcome === "closed" && (inStore !== "closed" || onPlatform !== "closed")) {
      findings.violate(done, `${sid}: store ${inStore ?? "?"}, platform ${onPlatform ?? "?"}`);
    }
    if (close?.outcome === "failed" && inStore !== "open") findings.violate(failed, `${sid}: store ${inStore ?? "?"}`);
    if (!close && (inStore !== "open" || onPlatform !== "open")) {
      findings.violate(untouched, `${sid}: store ${inStore ?? "?"}, platform ${onPlatform ?? "?"}`);
    }
  }
}
