import { visitorPaths, visitorSendResultSchema } from "../../contract/visitor.ts";
import { ConsoleClient } from "../lib/console-client.ts";
import type { CloseRecord } from "./agent.ts";
import { answeredByConsole, errorCode, type RetryPolicy, withRetries } from "./retries.ts";

// A customer on the chat page, as the soak drives it: a visitor cookie from the BFF's first answer
// (kept across the BFF's restart, as a browser keeps it), messages through POST /api/visitor/messages
// with the page's Retry (the SAME message_id), and "End chat". Where each message landed is taken from
// the BFF's answers: the first one opens the conversation. Over two instances a visitor reaches their
// home instance, or the other while it is down, as through the proxy.

export interface VisitorSendRecord {
  visitor: number;
  messageId: string;
  content: string;
  /** The conversation the BFF answered the message went to (absent: no attempt succeeded). */
  sid?: string | undefined;
  answers: string[];
  answeredByConsole: boolean;
  outcome: "sent" | "sent-after-retry" | "failed";
}

export class SoakVisitor {
  /** The conversation of the visitor's last successful send. */
  sid: string | undefined;

  private constructor(
    readonly index: number,
    private readonly client: ConsoleClient,
    private readonly policy: RetryPolicy,
  ) {}

  /** `upstreams`: the home instance's URL, then the others. */
  static async arrive(upstreams: readonly string[], index: number, policy: RetryPolicy): Promise<SoakVisitor> {
    const [home = "", ...others] = upstreams;
    const client = new ConsoleClient(home, 10_000, others);
    await client.visit(visitorPaths.conversation);
    return new SoakVisitor(index, client, policy);
  }

  async send(messageId: string, content: string): Promise<VisitorSendRecord> {
    const record: VisitorSendRecord = { visitor: this.index, messageId, content, answers: [], answeredByConsole: false, outcome: "failed" };
    const body = { message_id: messageId, type: "TEXT", payload: { text: content } };
    const done = await withRetries(this.policy, record.answers, () => this.client.request("POST", visitorPaths.messages, body), (answer) => {
      const result = answer.status === 200 ? visitorSendResultSchema.safeParse(answer.body) : undefined;
      if (!result?.success || result.data.message.status !== "sent") return false;
      record.sid = result.data.conversation.sid;
      return true;
    });
    record.answeredByConsole = answeredByConsole(record.answers);
    if (done) {
      record.outcome = record.answers.length === 1 ? "sent" : "sent-after-retry";
      this.sid = record.sid;
    }
    return record;
  }

  /** "End chat" (memberCloseTheSession); a 409 on a retry means an earlier attempt ended it. */
  async end(sid: string): Promise<CloseRecord> {
    const record: CloseRecord = { sid, answers: [], outcome: "failed" };
    const done = await withRetries(this.policy, record.answers, () => this.client.request("POST", visitorPaths.end(sid), {}), (answer) =>
      answer.status === 200 || (record.answers.length > 1 && errorCode(answer) === "session_closed"),
    );
    if (done) record.outcome = "closed";
    return record;
  }
}
