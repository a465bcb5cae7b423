import { messageViewSchema } from "../../contract/api.ts";
import type { ConsoleClient } from "../lib/console-client.ts";
import { answeredByConsole, errorCode, type RetryPolicy, withRetries } from "./retries.ts";

// An agent at the console, as the soak drives it: sends and closes through the BFF, and when one
// fails for a reason that may pass (no answer, 5xx, flow control, "being sent right now"), presses
// Retry: the SAME message_id again, a bounded number of times, with backoff. Each session is worked
// through one client (over two instances, half the sessions through each instance's client).

export interface SendRecord {
  sid: string;
  messageId: string;
  content: string;
  /** Each attempt's answer: the HTTP status, or the network error's code. */
  answers: string[];
  /** Whether any attempt got an HTTP answer (else each one was refused or cut: the BFF was down). */
  answeredByConsole: boolean;
  outcome: "sent" | "sent-after-retry" | "failed";
}

export interface CloseRecord {
  sid: string;
  answers: string[];
  outcome: "closed" | "failed";
}

export class SoakAgent {
  constructor(
    private readonly clientFor: (sid: string) => ConsoleClient,
    private readonly policy: RetryPolicy,
  ) {}

  async send(sid: string, messageId: string, content: string): Promise<SendRecord> {
    const record: SendRecord = { sid, messageId, content, answers: [], answeredByConsole: false, outcome: "failed" };
    const body = { message_id: messageId, type: "TEXT", payload: { text: content } };
    const done = await withRetries(this.policy, record.answers, () => this.clientFor(sid).request("POST", `/api/sessions/${sid}/messages`, body), (answer) => {
      if (answer.status !== 200) return false;
      const message = messageViewSchema.safeParse(answer.body);
      return message.success && message.data.status === "sent";
    });
    record.answeredByConsole = answeredByConsole(record.answers);
    if (done) record.outcome = record.answers.length === 1 ? "sent" : "sent-after-retry";
    return record;
  }

  async close(sid: string): Promise<CloseRecord> {
    const record: CloseRecord = { sid, answers: [], outcome: "failed" };
    // A 409 session_closed on a retry means an earlier attempt closed it: the close is done.
    const done = await withRetries(this.policy, record.answers, () => this.clientFor(sid).request("POST", `/api/sessions/${sid}/close`, { reason: "memberIsSilent" }), (answer) =>
      answer.status === 200 || (record.answers.length > 1 && errorCode(answer) === "session_closed"),
    );
    if (done) record.outcome = "closed";
    return record;
  }
}
