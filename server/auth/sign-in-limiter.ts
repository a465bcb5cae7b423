import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "../services/domain-error.ts";
import { memoryRateLimiters, type RateLimiters } from "./rate-limiters.ts";

// Sign-in guesses are counted before the password is checked: a guess first reserves a slot with
// every limiter, so however many arrive at once, at most the limit's number are ever evaluated.
// A successful sign-in gives its slots back, so only failures add up.
//   - per account and address pair: one attacker cannot lock the account for everyone else;
//   - per address: one address cannot walk through many accounts;
//   - per account, above a higher ceiling: guesses from many addresses are spaced out by a delay
//     that doubles with each one, slowing an attack without locking the real user out.
// Where they count (memory, or PostgreSQL shared by every instance) is the caller's RateLimiters.

export interface SignInLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
  accountCeiling: number;
}

const MAX_DELAY_SECONDS = 300;

export interface Reservation {
  /** The guess was right: its slots are given back. */
  succeeded(): Promise<void>;
  /** The guess was never evaluated (the server was too busy): its slots are given back. */
  cancelled(): Promise<void>;
}

export function createSignInLimiter(limits: SignInLimits, limiters: RateLimiters = memoryRateLimiters) {
  const duration = limits.failureWindowMs / 1000;
  const pair = limiters.create({ keyPrefix: "pair", points: limits.maxFailuresPerAccount, duration });
  const address = limiters.create({ keyPrefix: "addr", points: limits.maxFailuresPerAddress, duration });
  // Counts every evaluated guess at an account; never refuses by itself (the spacer does).
  const account = limiters.create({ keyPrefix: "acct", points: Number.MAX_SAFE_INTEGER, duration });
  const spacer = limiters.create({ keyPrefix: "space", points: 1, duration: 1 });

  const limited = (retryMs: number) => {
    const minutes = Math.max(1, Math.ceil(retryMs / 60_000));
    return new DomainError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute(s).`, {
      retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)),
    });
  };
  /** Consumes one point; answers the milliseconds to wait when refused, else undefined. */
  const take = async (limiter: RateLimiterAbstract, key: string, options?: { customDuration: number }) => {
    try {
      await limiter.consume(key, 1, options);
      return undefined;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return refusal.msBeforeNext;
      throw refusal;
    }
  };

  return {
    /** Reserves one guess at `username` from `addr`, or throws 429 with Retry-After. */
    async reserve(username: string, addr: string): Promise<Reservation> {
      const accountKey = username.toLowerCase();
      const pairKey = `${accountKey}\n${addr}`;
      const addressWait = await take(address, addr);
      if (addressWait !== undefined) throw limited(addressWait);
      const pairWait = await take(pair, pairKey);
      if (pairWait !== undefined) {
        await address.reward(addr, 1);
        throw limited(pairWait);
      }
      const seen = (await account.get(accountKey))?.consumedPoints ?? 0;
      if (seen >= limits.accountCeiling) {
        const delaySeconds = Math.min(MAX_DELAY_SECONDS, 2 ** Math.min(seen - limits.accountCeiling, 16));
        const wait = await take(spacer, accountKey, { customDuration: delaySeconds });
        if (wait !== undefined) {
          await Promise.all([address.reward(addr, 1), pair.reward(pairKey, 1)]);
          throw limited(wait);
        }
      }
      await account.consume(accountKey, 1);
      const giveBack = () => Promise.all([address.reward(addr, 1), pair.reward(pairKey, 1), account.reward(accountKey, 1)]).then(() => undefined);
      return { succeeded: giveBack, cancelled: giveBack };
    },
  };
}
