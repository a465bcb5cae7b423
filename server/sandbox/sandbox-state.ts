import type { SandboxJournal } from "./sandbox-journal.ts";
import type { CloseRecord, GroupRecord, MessageRecord, SessionRecord, TicketRecord } from "./sandbox-records.ts";

// What the emulated platform remembers. Reads are served from memory; every change goes through a
// method here, which also writes it through to the journal when there is one (sandbox mode with a
// data folder), so a restarted sandbox knows every session, message, group and ticket it knew.

// Seed-sized numbers (the message.send page shows data 11496248) so clients see realistic ids.
const firstPlatformMessageId = 11_496_248;
const firstTeamGroupId = 61_000_001;

const messageKey = (sid: string, messageId: string) => JSON.stringify([sid, messageId]);

export class SandboxState {
  private readonly sessionsBySid = new Map<string, SessionRecord>();
  private readonly closeLog: CloseRecord[] = [];
  /** By open_conversation_id, the key ticket.save names a group by. */
  private readonly groupsById = new Map<string, GroupRecord>();
  private readonly ticketsByCase = new Map<string, TicketRecord>();
  /** By sid, then by the caller's message_id: the platform's de-duplication key. */
  private readonly messages = new Map<string, Map<string, MessageRecord>>();
  private messageCounter = 0;
  private groupCounter = 0;
  /** Journal rows that no longer parse, left out when loading (start-up says how many). */
  readonly unreadable: number = 0;

  /** Starts from what the journal holds, if any. */
  constructor(private readonly journal?: SandboxJournal) {
    if (journal === undefined) return;
    const { records, unreadable } = journal.load();
    for (const session of records.session) this.sessionsBySid.set(session.sid, session);
    for (const message of records.message) this.indexMessage(message);
    this.closeLog.push(...records.close);
    for (const group of records.group) this.groupsById.set(group.openConversationId, group);
    for (const ticket of records.ticket) this.ticketsByCase.set(ticket.caseId, ticket);
    // Every platform id handed out came from these counters, one per stored record.
    this.messageCounter = records.message.length;
    this.groupCounter = records.group.length;
    this.unreadable = unreadable;
  }

  get sessions(): ReadonlyMap<string, SessionRecord> {
    return this.sessionsBySid;
  }

  get closes(): readonly CloseRecord[] {
    return this.closeLog;
  }

  get groups(): ReadonlyMap<string, GroupRecord> {
    return this.groupsById;
  }

  get tickets(): ReadonlyMap<string, TicketRecord> {
    return this.ticketsByCase;
  }

  openSession(session: SessionRecord): void {
    this.sessionsBySid.set(session.sid, session);
    this.journal?.put("session", session.sid, session);
  }

  closeSession(session: SessionRecord, close: CloseRecord): void {
    session.status = "closed";
    this.journal?.put("session", session.sid, session);
    this.journal?.put("close", String(this.closeLog.length), close);
    this.closeLog.push(close);
  }

  message(sid: string, messageId: string): MessageRecord | undefined {
    return this.messages.get(sid)?.get(messageId);
  }

  addMessage(record: MessageRecord): void {
    this.indexMessage(record);
    this.journal?.put("message", messageKey(record.sid, record.messageId), record);
  }

  /** A send of a message already delivered: counted, so tests can prove it was not delivered twice. */
  redeliver(record: MessageRecord): void {
    record.deliveries += 1;
    this.journal?.put("message", messageKey(record.sid, record.messageId), record);
  }

  allMessages(): MessageRecord[] {
    return [...this.messages.values()].flatMap((bySid) => [...bySid.values()]);
  }

  addGroup(group: GroupRecord): void {
    this.groupsById.set(group.openConversationId, group);
    this.journal?.put("group", group.openConversationId, group);
  }

  groupByTeamId(teamGroupId: string): GroupRecord | undefined {
    for (const group of this.groupsById.values()) if (group.teamGroupId === teamGroupId) return group;
    return undefined;
  }

  addTicket(ticket: TicketRecord): void {
    this.ticketsByCase.set(ticket.caseId, ticket);
    this.journal?.put("ticket", ticket.caseId, ticket);
  }

  /** A repeated save of a recorded case_id: counted, the ticket itself stays as first saved. */
  resave(ticket: TicketRecord): void {
    ticket.saves += 1;
    this.journal?.put("ticket", ticket.caseId, ticket);
  }

  nextPlatformMessageId(): string {
    return String(firstPlatformMessageId + this.messageCounter++);
  }

  nextTeamGroupId(): string {
    return String(firstTeamGroupId + this.groupCounter++);
  }

  /** Accepted sends against distinct messages: equal when every message was delivered once. */
  deliveryTotals(): { acceptedSends: number; distinctMessages: number } {
    let acceptedSends = 0;
    let distinctMessages = 0;
    for (const bySid of this.messages.values()) {
      distinctMessages += bySid.size;
      for (const message of bySid.values()) acceptedSends += message.deliveries;
    }
    return { acceptedSends, distinctMessages };
  }

  reset(): void {
    this.sessionsBySid.clear();
    this.closeLog.length = 0;
    this.groupsById.clear();
    this.ticketsByCase.clear();
    this.messages.clear();
    this.messageCounter = 0;
    this.groupCounter = 0;
    this.journal?.clear();
  }

  snapshot() {
    return {
      sessions: [...this.sessionsBySid.values()],
      messages: this.allMessages(),
      closes: [...this.closeLog],
      groups: [...this.groupsById.values()],
      tickets: [...this.ticketsByCase.values()],
      totals: {
        sessions: this.sessionsBySid.size,
        ...this.deliveryTotals(),
        closes: this.closeLog.length,
        groups: this.groupsById.size,
        tickets: this.ticketsByCase.size,
      },
    };
  }

  private indexMessage(record: MessageRecord): void {
    let bySid = this.messages.get(record.sid);
    if (bySid === undefined) {
      bySid = new Map();
      this.messages.set(record.sid, bySid);
    }
    bySid.set(record.messageId, record);
  }
}

export type SandboxStateSnapshot = ReturnType<SandboxState["snapshot"]>;
