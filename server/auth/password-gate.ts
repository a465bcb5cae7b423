import pLimit from "p-limit";
import { DomainError } from "../services/domain-error.ts";

// scrypt runs on libuv's thread pool (4 threads by default), which file reads, DNS lookups and
// zlib share: a sign-in flood would queue every static file behind password checks. At most
// `concurrency` checks run at once, leaving the other threads free; a short queue absorbs bursts,
// and past it a sign-in is answered 503 with Retry-After instead of waiting.

export interface PasswordGateOptions {
  concurrency: number;
  queue: number;
}

export function createPasswordGate({ concurrency, queue }: PasswordGateOptions) {
  const limit = pLimit(concurrency);
  return {
    /** Runs `check` when a slot is free; throws 503 when the queue is full. */
    run<T>(check: () => Promise<T>): Promise<T> {
      if (limit.pendingCount >= queue) {
        return Promise.reject(
          new DomainError("busy", "Too many sign-ins at once. Try again in a moment.", { retryAfterSeconds: 1 }),
        );
      }
      return limit(check);
    },
    get active() {
      return limit.activeCount;
    },
  };
}
