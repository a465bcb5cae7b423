import { setTimeout as sleep } from "node:timers/promises";
import { apiErrorBodySchema, isRetryableCode } from "../../contract/errors.ts";
import type { Answer } from "../lib/console-client.ts";

// Pressing Retry, as a person at the console or on the customer page does: the SAME request again,
// a bounded number of times, with backoff (or the Retry-After the BFF gave). Every answer is kept.

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

type Attempt = { answer: Answer } | { networkError: string };

/** Answers whether an attempt succeeded; `answers` gets each attempt's HTTP status or network error code. */
export async function withRetries(
  policy: RetryPolicy,
  answers: string[],
  attempt: () => Promise<Answer>,
  succeeded: (answer: Answer) => boolean,
): Promise<boolean> {
  for (let n = 1; n <= policy.maxAttempts; n++) {
    const result = await attempt().then(
      (answer): Attempt => ({ answer }),
      (error: unknown): Attempt => ({ networkError: networkCode(error) }),
    );
    answers.push("answer" in result ? String(result.answer.status) : result.networkError);
    if ("answer" in result && succeeded(result.answer)) return true;
    if ("answer" in result && !retryable(result.answer)) return false;
    if (n < policy.maxAttempts) await sleep(delay(policy, n, "answer" in result ? result.answer : undefined));
  }
  return false;
}

/** Whether any attempt got an HTTP answer (else each one was refused or cut: the BFF was down). */
export const answeredByConsole = (answers: readonly string[]) => answers.some((a) => /^\d+$/.test(a));

export function errorCode(answer: Answer): string | undefined {
  return apiErrorBodySchema.safeParse(answer.body).data?.error.code;
}

function delay(policy: RetryPolicy, attempt: number, answer: Answer | undefined): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const retryAfter = answer ? apiErrorBodySchema.safeParse(answer.body).data?.error.retryAfterSeconds : undefined;
  return retryAfter === undefined ? backoff : Math.min(policy.maxDelayMs, Math.max(backoff, retryAfter * 1000));
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

function networkCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    if ("code" in current && typeof current.code === "string") return current.code;
    if (current instanceof Error && current.name === "TimeoutError") return "TIMEOUT";
    current = "cause" in current ? current.cause : undefined;
  }
  return "NETWORK";
}
