import { setTimeout as sleep } from "node:timers/promises";
import { messageViewSchema } from "../../contract/api.ts";
import { apiErrorBodySchema, isRetryableCode } from "../../contract/errors.ts";
import type { Answer, ConsoleClient } from "../lib/console-client.ts";

// An agent at the console, as the soak drives it: sends and closes through the BFF, and when one
// fails for a reason that may pass (no answer, 5xx, flow control, "being sent right now"), presses
// Retry: the SAME message_id again, a bounded number of times, with backoff. Every answer is kept.

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

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

type Attempt = { answer: Answer } | { networkError: string };

export class SoakAgent {
  constructor(
    private readonly client: ConsoleClient,
    private readonly policy: RetryPolicy,
  ) {}

  async send(sid: string, messageId: string, content: string): Promise<SendRecord> {
    const record: SendRecord = { sid, messageId, content, answers: [], answeredByConsole: false, outcome: "failed" };
    const body = { message_id: messageId, type: "TEXT", payload: { text: content } };
    const done = await this.#withRetries(record.answers, () => this.client.request("POST", `/api/sessions/${sid}/messages`, body), (answer) => {
      if (answer.status !== 200) return false;
      const message = messageViewSchema.safeParse(answer.body);
      return message.success && message.data.status === "sent";
    });
    record.answeredByConsole = record.answers.some((a) => /^\d+$/.test(a));
    if (done) record.outcome = record.answers.length === 1 ? "sent" : "sent-after-retry";
    return record;
  }

  async close(sid: string): Promise<CloseRecord> {
    const record: CloseRecord = { sid, answers: [], outcome: "failed" };
    // A 409 session_closed on a retry means an earlier attempt closed it: the close is done.
    const done = await this.#withRetries(record.answers, () => this.client.request("POST", `/api/sessions/${sid}/close`, { reason: "memberIsSilent" }), (answer) =>
      answer.status === 200 || (record.answers.length > 1 && errorCode(answer) === "session_closed"),
    );
    if (done) record.outcome = "closed";
    return record;
  }

  async #withRetries(answers: string[], attempt: () => Promise<Answer>, succeeded: (answer: Answer) => boolean): Promise<boolean> {
    for (let n = 1; n <= this.policy.maxAttempts; n++) {
      const result = await attempt().then(
        (answer): Attempt => ({ answer }),
        (error: unknown): Attempt => ({ networkError: networkCode(error) }),
      );
      answers.push("answer" in result ? String(result.answer.status) : result.networkError);
      if ("answer" in result && succeeded(result.answer)) return true;
      if ("answer" in result && !retryable(result.answer)) return false;
      if (n < this.policy.maxAttempts) await sleep(this.#delay(n, "answer" in result ? result.answer : undefined));
    }
    return false;
  }

  #delay(attempt: number, answer: Answer | undefined): number {
    const backoff = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    const retryAfter = answer ? apiErrorBodySchema.safeParse(answer.body).data?.error.retryAfterSeconds : undefined;
    return retryAfter === undefined ? backoff : Math.min(this.policy.maxDelayMs, Math.max(backoff, retryAfter * 1000));
  }
}

/**
 * Worth pressing Retry: a retryable code (contract/errors.ts, the one list), or an earlier try still in
 * flight (409 conflict; the other 409 conflict, an id reused for other content, cannot happen in the
 * soak). An answer without our error body (a proxy's 5xx page) is retried too.
 */
function retryable(answer: Answer): boolean {
  const code = errorCode(answer);
  if (code === undefined) return answer.status >= 500;
  return isRetryableCode(code) || code === "conflict";
}

function errorCode(answer: Answer): string | undefined {
  return apiErrorBodySchema.safeParse(answer.body).data?.error.code;
}

function networkCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    if ("code" in current && typeof current.code === "string") return current.code;
    if (current instanceof Error && current.name === "TimeoutError") return "TIMEOUT";
    current = "cause" in current ? current.cause : undefined;
  }
  return "NETWORK";
}
