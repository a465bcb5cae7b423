import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { VisitorConfig } from "../config-visitor.ts";
import { DomainError } from "../services/domain-error.ts";

// The public surface's rate limits: starting conversations and sending, each per visitor and per
// address (several visitors behind one NAT, or one client throwing away its cookie). Counted in this
// process's memory; with several BFF instances, the same limiter class has Redis/PostgreSQL stores.

export interface VisitorLimits {
  /** Throws rate_limited (429 with Retry-After) when either limit is spent. */
  start(visitorId: string, address: string): Promise<void>;
  send(visitorId: string, address: string): Promise<void>;
}

export function createVisitorLimits(limits: VisitorConfig["limits"]): VisitorLimits {
  const startsVisitor = new RateLimiterMemory({ keyPrefix: "sv", points: limits.visitorStartsPerHour, duration: 3600 });
  const startsAddress = new RateLimiterMemory({ keyPrefix: "sa", points: limits.addressStartsPerHour, duration: 3600 });
  const sendsVisitor = new RateLimiterMemory({ keyPrefix: "mv", points: limits.visitorSendsPerMinute, duration: 60 });
  const sendsAddress = new RateLimiterMemory({ keyPrefix: "ma", points: limits.addressSendsPerMinute, duration: 60 });

  async function consume(what: string, pairs: Array<[RateLimiterMemory, string]>) {
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
