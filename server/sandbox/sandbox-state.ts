import type { CloseReason, LySessionSourceDTO, LySessionTargetDTO } from "../../contract/top-dtos.ts";

// What the emulated platform remembers, in memory. Tests, the soak suite and GET /__sandbox/state
// read it to prove effects the caller cannot see in an answer, such as "delivered exactly once".

export interface SessionRecord {
  sid: string;
  status: "open" | "closed";
  createdAt: string;
  source: LySessionSourceDTO;
  target: LySessionTargetDTO;
}

export interface MessageRecord {
  sid: string;
  messageId: string;
  platformMessageId: string;
  contentType: number;
  content: string;
  acceptedAt: string;
  /** Accepted sends of this message_id: above 1 means a retry the platform de-duplicated. */
  deliveries: number;
}

export interface CloseRecord {
  sid: string;
  reason: CloseReason;
  operatorId: string;
  operatorType?: string;
  closedAt: string;
}

export interface GroupRecord {
  teamGroupId: string;
  openConversationId: string;
  userIdentify: string;
  tenantId: number;
  corpId: string;
  caseId?: string;
  staffId?: string;
  outerType?: string;
  groupLink: string;
  groupQrCode: string;
  accountType: 1 | 2;
  createdAt: string;
}

export interface TicketRecord {
  caseId: string;
  openConversationId: string;
  userIdentify: string;
  tenantId: number;
  corpId?: string;
  systemTime: string;
  /** Accepted saves of this case_id; the ticket itself is recorded once. */
  saves: number;
}

// Seed-sized numbers (the message.send page shows data 11496248) so clients see realistic ids.
const firstPlatformMessageId = 11_496_248;
const firstTeamGroupId = 61_000_001;

export class SandboxState {
  readonly sessions = new Map<string, SessionRecord>();
  readonly closes: CloseRecord[] = [];
  readonly groups = new Map<string, GroupRecord>();
  readonly tickets = new Map<string, TicketRecord>();
  /** By sid, then by the caller's message_id: the platform's de-duplication key. */
  private readonly messages = new Map<string, Map<string, MessageRecord>>();
  private messageCounter = 0;
  private groupCounter = 0;

  message(sid: string, messageId: string): MessageRecord | undefined {
    return this.messages.get(sid)?.get(messageId);
  }

  addMessage(record: MessageRecord): void {
    let bySid = this.messages.get(record.sid);
    if (bySid === undefined) {
      bySid = new Map();
      this.messages.set(record.sid, bySid);
    }
    bySid.set(record.messageId, record);
  }

  allMessages(): MessageRecord[] {
    return [...this.messages.values()].flatMap((bySid) => [...bySid.values()]);
  }

  groupByTeamId(teamGroupId: string): GroupRecord | undefined {
    for (const group of this.groups.values()) if (group.teamGroupId === teamGroupId) return group;
    return undefined;
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
    this.sessions.clear();
    this.closes.length = 0;
    this.groups.clear();
    this.tickets.clear();
    this.messages.clear();
    this.messageCounter = 0;
    this.groupCounter = 0;
  }

  snapshot() {
    return {
      sessions: [...this.sessions.values()],
      messages: this.allMessages(),
      closes: [...this.closes],
      groups: [...this.groups.values()],
      tickets: [...this.tickets.values()],
      totals: {
        sessions: this.sessions.size,
        ...this.deliveryTotals(),
        closes: this.closes.length,
        groups: this.groups.size,
        tickets: this.tickets.size,
      },
    };
  }
}

export type SandboxStateSnapshot = ReturnType<SandboxState["snapshot"]>;
