import type { TopError } from "./top-error.ts";

// When a failed TOP call may be sent again (top-protocol.md, "Retry only …"):
// - never sent (connection refused): always safe;
// - provider faults (isp.* but isp.invalid-parameters, code 10) and short call-limit bans (code 7): yes;
// - ambiguous (timeout, dropped connection, non-200, garbled body: it may have been processed): at most
//   once, and only for calls whose repeat carries the same ids;
// - caller errors (isv.*, signature, parameters) and business failures: never.

export interface RetryContext {
  attempt: number;
  maxAttempts: number;
  retryAfterAmbiguousFailure: boolean;
  ambiguousRetries: number;
  baseDelayMs: number;
}

export interface RetryDecision {
  retry: boolean;
  ambiguous: boolean;
  delayMs: number;
}

const MAX_BAN_WAIT_SECONDS = 2;

export function retryDecision(error: TopError, ctx: RetryContext): RetryDecision {
  const no: RetryDecision = { retry: false, ambiguous: false, delayMs: 0 };
  if (ctx.attempt >= ctx.maxAttempts) return no;
  const backoff = ctx.baseDelayMs * 2 ** (ctx.attempt - 1) + Math.floor(Math.random() * ctx.baseDelayMs);

  if ((error.kind === "transport" || error.kind === "timeout") && !error.sent) {
    return { retry: true, ambiguous: false, delayMs: backoff };
  }
  if (error.kind === "transport" || error.kind === "timeout") {
    const allowed = ctx.retryAfterAmbiguousFailure && ctx.ambiguousRetries < 1;
    return allowed ? { retry: true, ambiguous: true, delayMs: backoff } : no;
  }
  if (error.kind === "gateway" && error.isFlowControl) {
    const ban = error.banSeconds;
    if (ban !== undefined && ban > MAX_BAN_WAIT_SECONDS) return no;
    return { retry: true, ambiguous: false, delayMs: Math.max(backoff, (ban ?? 0) * 1000) };
  }
  if (error.isProviderFault) return { retry: true, ambiguous: false, delayMs: backoff };
  return no;
}
