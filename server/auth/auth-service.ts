import { createHash, randomBytes } from "node:crypto";
import type { UserView } from "../../contract/auth.ts";
import { DomainError } from "../services/domain-error.ts";
import type { Store, UserRecord } from "../store/store.ts";
import type { Actor } from "./actor.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import { FailureLimiter } from "./rate-limiter.ts";

// Sign-in sessions: a random token in an httpOnly cookie; the store keeps only its SHA-256, so a
// copy of the database signs nobody in. Sessions end after idle time and after an absolute time.

export interface AuthPolicy {
  idleMs: number;
  absoluteMs: number;
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const toUserView = (user: UserRecord): UserView => ({
  username: user.username,
  display_name: user.display_name,
  role: user.role,
  operator_id: user.operator_id,
});

export const toActor = (user: UserRecord): Actor => ({
  username: user.username,
  role: user.role,
  operatorId: user.operator_id,
  serviceId: user.service_id,
});

export function createAuthService(store: Store, policy: AuthPolicy, now: () => number = Date.now) {
  const perAccount = new FailureLimiter(policy.maxFailuresPerAccount, policy.failureWindowMs, now);
  const perAddress = new FailureLimiter(policy.maxFailuresPerAddress, policy.failureWindowMs, now);

  const limited = (retryMs: number) => {
    const minutes = Math.max(1, Math.ceil(retryMs / 60_000));
    return new DomainError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute(s).`, {
      retryAfterSeconds: Math.ceil(retryMs / 1000),
    });
  };

  return {
    async login(username: string, password: string, address: string): Promise<{ token: string; user: UserRecord }> {
      const accountKey = username.toLowerCase();
      const wait = Math.max(perAccount.retryAfterMs(accountKey), perAddress.retryAfterMs(address));
      if (wait > 0) throw limited(wait);
      const user = await store.users.get(username);
      // Verify even for unknown users, so response time does not reveal which usernames exist.
      const ok = (await verifyPassword(password, user?.password_hash ?? decoyHash)) && user !== undefined && !user.disabled;
      if (!ok || !user) {
        perAccount.fail(accountKey);
        perAddress.fail(address);
        throw new DomainError("unauthenticated", "Wrong username or password.");
      }
      perAccount.reset(accountKey);
      const token = randomBytes(32).toString("base64url");
      await store.authSessions.create(hashToken(token), user.username, now());
      return { token, user };
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await store.authSessions.delete(hashToken(token));
    },

    /** The user behind a session cookie, or undefined when it is missing, unknown, expired or disabled. */
    async authenticate(token: string | undefined): Promise<UserRecord | undefined> {
      if (!token) return undefined;
      const tokenHash = hashToken(token);
      const session = await store.authSessions.get(tokenHash);
      if (!session) return undefined;
      const at = now();
      if (at - session.last_seen_at > policy.idleMs || at - session.created_at > policy.absoluteMs) {
        await store.authSessions.delete(tokenHash);
        return undefined;
      }
      const { user } = session;
      if (user.disabled) return undefined;
      // Writing last_seen on every request would turn reads into writes; once a minute is enough.
      if (at - session.last_seen_at > 60_000) await store.authSessions.touch(tokenHash, at);
      return user;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
