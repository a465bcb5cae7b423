import type { TopError } from "./top-error.ts";

// When a failed TOP call may be sent again (top-protocol.md, "Retry only …"), by the failure's class
// (TopError.failure, the one place that reads TOP's codes):
// - never sent (connection refused): always safe;
// - provider faults and short call-limit bans: yes;
// - ambiguous (timeout, dropped connection, non-200): at most once, and only for calls whose repeat
//   carries the same ids;
// - an answer we could not read, caller errors, gateway configuration errors and business failures:
//   never (the platform answered; sending again cannot change its mind and may act twice).

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

  switch (error.failure) {
    case "never_sent":
    case "provider_fault":
      return { retry: true, ambiguous: false, delayMs: backoff };
    case "ambiguous": {
      const allowed = ctx.retryAfterAmbiguousFailure && ctx.ambiguousRetries < 1;
      return allowed ? { retry: true, ambiguous: true, delayMs: backoff } : no;
    }
    case "flow_control": {
      const ban = error.banSeconds;
      if (ban !== undefined && ban > MAX_BAN_WAIT_SECONDS) return no;
      return { retry: true, ambiguous: false, delayMs: Math.max(backoff, (ban ?? 0) * 1000) };
    }
    case "caller_fault":
    case "gateway_fault":
    case "business":
    case "unreadable":
      return no;
  }
}

/**
 * The longest one call can take, every attempt timing out after the longest wait between them: how long a
 * message can stay pending while its instance is alive (server/services/message-operations.ts).
 */
export function longestCallMs({ timeoutMs, maxAttempts, retryBaseMs }: { timeoutMs: number; maxAttempts: number; retryBaseMs: number }): number {
  const waits = Array.from({ length: maxAttempts - 1 }, (_, i) => Math.max(retryBaseMs * 2 ** i + retryBaseMs, MAX_BAN_WAIT_SECONDS * 1000));
  return maxAttempts * timeoutMs + waits.reduce((sum, wait) => sum + wait, 0);
}
