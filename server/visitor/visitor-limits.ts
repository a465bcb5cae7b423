import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { memoryRateLimiters, type RateLimiters } from "../auth/rate-limiters.ts";
import type { VisitorConfig } from "../config-visitor.ts";
import { DomainError } from "../services/domain-error.ts";

// The public surface's rate limits: starting conversations and sending, each per visitor and per
// address (several visitors behind one NAT, or one client throwing away its cookie). Counted where the
// caller's RateLimiters count: this process's memory, or PostgreSQL shared by every instance.

export interface VisitorLimits {
  /** Throws rate_limited (429 with Retry-After) when either limit is spent. */
  start(visitorId: string, address: string): Promise<void>;
  send(visitorId: string, address: string): Promise<void>;
}

export function createVisitorLimits(limits: VisitorConfig["limits"], limiters: RateLimiters = memoryRateLimiters): VisitorLimits {
  const startsVisitor = limiters.create({ keyPrefix: "sv", points: limits.visitorStartsPerHour, duration: 3600 });
  const startsAddress = limiters.create({ keyPrefix: "sa", points: limits.addressStartsPerHour, duration: 3600 });
  const sendsVisitor = limiters.create({ keyPrefix: "mv", points: limits.visitorSendsPerMinute, duration: 60 });
  const sendsAddress = limiters.create({ keyPrefix: "ma", points: limits.addressSendsPerMinute, duration: 60 });

  async function consume(what: string, pairs: Array<[RateLimiterAbstract, string]>) {
    for (const [limiter, key] of pairs) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError("rate_limited", `Too many ${what}; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
      }
    }
  }

  return {
    start: (visitorId, address) => consume("new conversations", [[startsVisitor, visitorId], [startsAddress, address]]),
    send: (visitorId, address) => consume("messages", [[sendsVisitor, visitorId], [sendsAddress, address]]),
  };
}
