import type { ApiErrorBody } from "../../contract/errors.ts";
import type { GroupView, MessageView, SessionOrigin, SessionTicket, SessionView } from "../../contract/api.ts";
import type { AuditEntryView, AuditQuery, AutoClosePolicy, BoardSort, BulkCloseJob, BulkJobSummary } from "../../contract/board.ts";
import type { ActorType, CloseReason, ContentType, LyCreateSessionDTO } from "../../contract/top-dtos.ts";
import type { QuickReplyInput, QuickReplyView } from "../../contract/quick-replies.ts";

// The console's own record. The TOP APIs are write-only, so sessions, messages and the audit trail of
// every TOP call live here. One implementation over two engines (server/store/sql/: SQLite by default,
// PostgreSQL when DATABASE_URL names one, so several BFF instances can share it); async for the latter.

export interface Page<T> {
  items: T[];
  nextCursor?: string | undefined;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface NewSession {
  dto: LyCreateSessionDTO;
  /** Absent: the Unassigned queue. */
  agent?: string | undefined;
  origin?: SessionOrigin | undefined;
  topSessionId?: string | undefined;
  at: number;
}

export interface SessionsRepo {
  insert(session: NewSession): Promise<SessionView>;
  get(sid: string): Promise<SessionView | undefined>;
  /** Open before closed, then most recent activity first. */
  list(page: PageRequest, filter?: InboxFilter): Promise<Page<SessionView>>;
  /**
   * Assigns the session, only if it is still open and its owner is `expected` (undefined = Unassigned):
   * a conditional UPDATE, so of two takes at once exactly one changes a row. Answers the session if it
   * changed, undefined if not.
   */
  assign(sid: string, to: string, expected: { agent: string | undefined } | "any"): Promise<SessionView | undefined>;
  /** Clears unread; answers the customer messages' latest created_at that were unread (undefined: none). */
  markRead(sid: string, at: number): Promise<{ session: SessionView; readUpTo: number | undefined } | undefined>;
  /** When the agent side last read the customer's messages (for the customer page's "read"). */
  agentReadAt(sid: string): Promise<number | undefined>;
  /** Messages either side sent in the session (read receipts are not counted). */
  messageCount(sid: string): Promise<number>;
  /** A member's sessions on channel 0, newest first (the customer page's conversations). */
  byMember(memberId: string, limit: number): Promise<SessionView[]>;
  /** Open sessions per assigned agent (routing picks the least loaded). */
  openCounts(agents: readonly string[]): Promise<Map<string, number>>;
  /** `note`: kept with a session marked closed in the console only (the platform no longer knew it). */
  markClosed(sid: string, close: { reason: CloseReason; closedBy: string; at: number; note?: string | undefined }): Promise<SessionView | undefined>;
  /** Flags an open session the platform answered it does not know; answers the updated session. */
  markUnknownToPlatform(sid: string, at: number): Promise<SessionView | undefined>;
  /** Keeps the group result with the session; answers the updated session. */
  setGroup(sid: string, group: GroupView): Promise<SessionView | undefined>;
  /** Open sessions matching the filter, in the board's order (default: longest idle first). */
  listOpen(filter: OpenSessionFilter, page: PageRequest, sort?: BoardSort): Promise<Page<SessionView>>;
  countOpen(filter: OpenSessionFilter): Promise<number>;
  /** Every open session id matching the filter (bulk close resolves its filter with this). */
  openSids(filter: OpenSessionFilter): Promise<string[]>;
}

export interface InboxFilter {
  /** Only these owners; "" is the Unassigned queue. Absent: everyone's. */
  agents?: readonly string[] | undefined;
  status?: "open" | "closed" | undefined;
  channel?: string | undefined;
  /**
   * Sessions whose nickname contains it, or whose channel user id or sid starts with it, ignoring case
   * (server/store/sql/search-terms.ts). Absent or blank: no search.
   */
  search?: string | undefined;
}

export interface OpenSessionFilter {
  /** Only sessions whose last activity is before this instant. */
  idleBefore?: number | undefined;
  channel?: string | undefined;
  agent?: string | undefined;
  session_source?: string | undefined;
  /** Leave out sessions the platform said it no longer knows (closing them again cannot work). */
  knownToPlatform?: boolean | undefined;
}

export type BulkItemOutcome = "closed" | "already_closed" | "unknown_to_platform";

/** An instance's hold on a bulk-close item: who (a per-process id), and until when unless renewed (epoch ms). */
export interface BulkItemClaim {
  by: string;
  now: number;
  until: number;
}

export interface BulkJobsRepo {
  create(job: { id: string; reason: BulkCloseJob["reason"]; actor: string; at: number }, sids: string[]): Promise<BulkCloseJob>;
  get(id: string): Promise<BulkCloseJob | undefined>;
  /** The job's counts, without reading its failures (progress events after each item). */
  summary(id: string): Promise<BulkJobSummary | undefined>;
  /** The most recent jobs of everyone, newest first. */
  recent(limit: number): Promise<BulkJobSummary[]>;
  /**
   * Claims one pending item that no instance holds, or whose holder's lease ran out (it died): answers its
   * sid, or undefined when none is left to claim. Two instances claiming at once get different items.
   */
  claimNext(id: string, claim: BulkItemClaim): Promise<string | undefined>;
  /** Extends the lease of an item this instance is still closing. */
  renewClaim(id: string, sid: string, claim: Omit<BulkItemClaim, "now">): Promise<void>;
  /** Ends the item's claim. `outcome` of a done item: closed now (the default), found already closed, or unknown to the platform. */
  settle(id: string, sid: string, outcome: { ok: true; outcome?: BulkItemOutcome } | { ok: false; error: ApiErrorBody["error"] }): Promise<void>;
  /** Puts the failed items back to pending, for "retry the failed ones". */
  rearmFailed(id: string): Promise<number>;
  /** Marks the job finished when no item is pending: false while some are (another instance holds them) or if it was already. */
  finishIfDone(id: string, at: number): Promise<boolean>;
  /** Running again from `at` (a retry of the failed items). */
  reopen(id: string, at: number): Promise<void>;
  /** Unfinished jobs nobody is working on (no item under a lease live at `now`): a restart or a dead instance left them. */
  orphaned(now: number): Promise<string[]>;
}

export interface SettingsRepo {
  autoClosePolicy(): Promise<AutoClosePolicy | undefined>;
  setAutoClosePolicy(policy: AutoClosePolicy): Promise<void>;
}

export interface AuditRepo {
  record(entry: AuditEntry): Promise<void>;
  list(query: AuditQuery): Promise<Page<AuditEntryView>>;
}

export interface NewMessage {
  message_id: string;
  sid: string;
  content_type: ContentType;
  /** The DingTalk content sent to TOP… */
  content: string;
  /** …and the typed payload it encodes, as JSON: what the API answers. */
  payload_json: string;
  sender_type: ActorType;
  sender_id?: string | undefined;
  /** The staff username sending it through the console; absent for a customer's message. */
  sent_by?: string | undefined;
  at: number;
}

export type BeginSend =
  // Stored as pending: call TOP now. `retry`: it had failed before, so the platform may already have it.
  | { state: "started"; retry: boolean; message: MessageView }
  | { state: "already_sent"; message: MessageView } // a retry of a delivered message: do not call again
  | { state: "in_flight"; message: MessageView } // another request is sending it right now
  | { state: "conflict"; message: MessageView }; // the id is taken by another message

export interface MessagesRepo {
  get(messageId: string): Promise<MessageView | undefined>;
  /**
   * Stores the message as pending before the TOP call, sent by `sender.instance`, or re-arms a failed one
   * for a retry. A pending one last started before `sender.staleBefore` is re-armed too: no live instance
   * can still be sending it (its instance died mid-call), and a retry reuses its message_id.
   */
  beginSend(message: NewMessage, sender?: { instance: string; staleBefore: number }): Promise<BeginSend>;
  /** Marks it sent and bumps the session's last activity, in one transaction. */
  /** `audit`: the TOP call's audit entry, written in the same transaction. */
  markSent(
    messageId: string,
    outcome: { topRequestId?: string | undefined; topMessageId?: string | undefined; at: number; audit?: AuditEntry | undefined },
  ): Promise<MessageView>;
  markFailed(messageId: string, error: ApiErrorBody["error"], at: number, audit?: AuditEntry): Promise<MessageView>;
  /** Oldest first within the page; `nextCursor` pages to older messages. */
  listBySession(sid: string, page: PageRequest): Promise<Page<MessageView>>;
  /**
   * A message pending since before `which.startedBefore`, or sent by `which.instance` (an earlier run of a
   * restarted instance), had its TOP call cut off: its outcome is unknown. It is marked failed so the agent
   * sees Retry; a retry reuses its message_id, so it cannot be duplicated. Answers the messages it marked.
   */
  failInterrupted(at: number, which: { startedBefore: number; instance?: string }): Promise<MessageView[]>;
}

export interface GroupTicketRecord {
  case_id: string;
  sid?: string | undefined;
  open_conversation_id: string;
  system_time?: string | undefined;
  request_id?: string | undefined;
  at: number;
}

export interface AuditEntry {
  at: number;
  method: string;
  actor: string;
  sid?: string | undefined;
  outcome: AuditEntryView["outcome"];
  /** Security events: the client's address and a short reason. */
  address?: string | undefined;
  detail?: string | undefined;
  top_code?: string | undefined;
  msg?: string | undefined;
  sub_code?: string | undefined;
  sub_msg?: string | undefined;
  request_id?: string | undefined;
  latency_ms: number;
  attempts: number;
}

export interface UserRecord {
  username: string;
  display_name: string;
  role: "agent" | "supervisor";
  operator_id: string;
  service_id: string;
  password_hash: string;
  disabled: boolean;
  /** A published demo account: signs in only in sandbox mode. */
  demo: boolean;
}

export interface UsersRepo {
  get(username: string): Promise<UserRecord | undefined>;
  count(): Promise<number>;
  add(user: UserRecord, at: number): Promise<void>;
  setDisabled(username: string, disabled: boolean): Promise<boolean>;
  setPasswordHash(username: string, hash: string): Promise<boolean>;
  /** Deletes the demo accounts (and, by cascade, their sign-in sessions); answers their names. */
  removeDemo(): Promise<string[]>;
  list(): Promise<Array<Omit<UserRecord, "password_hash">>>;
}

export interface AuthSessionsRepo {
  create(tokenHash: string, username: string, at: number): Promise<void>;
  /** The sign-in session and its user, in one read: this runs on every request. */
  get(tokenHash: string): Promise<{ created_at: number; last_seen_at: number; user: UserRecord } | undefined>;
  /** Sign-in sessions of a user, oldest first (only token hashes). */
  listForUser(username: string): Promise<string[]>;
  touch(tokenHash: string, at: number): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Signs a user out everywhere (disable, password reset). */
  deleteForUser(username: string): Promise<void>;
}

/** A customer page's visitor: anonymous (member v_…) or a host site's signed member. */
export interface VisitorRecord {
  visitorId: string;
  memberId: string;
  nickname?: string | undefined;
  signed: boolean;
}

export interface VisitorsRepo {
  get(visitorId: string): Promise<VisitorRecord | undefined>;
  create(visitor: VisitorRecord, at: number): Promise<VisitorRecord>;
  setNickname(visitorId: string, nickname: string): Promise<void>;
  /** A host site vouched for this member (signed embed): the visitor speaks as them from now on. */
  setMember(visitorId: string, memberId: string, nickname: string | undefined): Promise<void>;
  /** The key visitor cookies are signed with, made on first use and kept in the store. */
  cookieSecret(): Promise<string>;
}

/** A change to a quick reply and its audit entry (made from the reply as written) go in one transaction. */
export interface QuickReplyChange {
  at: number;
  by: string;
  audit: (reply: QuickReplyView) => AuditEntry;
}

/** A quick reply's title that another reply already has, ignoring case. */
export type DuplicateTitle = "duplicate_title";

export interface QuickRepliesRepo {
  /** Ordered by title; `q` matches the title or either text, case-insensitively. */
  list(filter: { q?: string | undefined; limit: number }): Promise<QuickReplyView[]>;
  get(id: string): Promise<QuickReplyView | undefined>;
  count(): Promise<number>;
  /** "duplicate_title": another reply has this title, ignoring case (nothing written, nothing audited). */
  create(id: string, reply: QuickReplyInput, change: QuickReplyChange): Promise<QuickReplyView | DuplicateTitle>;
  /** Undefined: no such reply; "duplicate_title": another reply has this title, ignoring case (either way nothing written, nothing audited). */
  update(id: string, reply: QuickReplyInput, change: QuickReplyChange): Promise<QuickReplyView | DuplicateTitle | undefined>;
  /** Answers the deleted reply; undefined: no such reply. */
  delete(id: string, change: Omit<QuickReplyChange, "by">): Promise<QuickReplyView | undefined>;
}

export interface Store {
  visitors: VisitorsRepo;
  users: UsersRepo;
  authSessions: AuthSessionsRepo;
  sessions: SessionsRepo;
  messages: MessagesRepo;
  bulkJobs: BulkJobsRepo;
  settings: SettingsRepo;
  audit: AuditRepo;
  quickReplies: QuickRepliesRepo;
  recordGroupTicket(ticket: GroupTicketRecord): Promise<void>;
  /** The tickets last saved for a session, the latest first. */
  groupTicketsOf(sid: string): Promise<SessionTicket[]>;
  close(): Promise<void>;
}
