import { createHash, randomBytes } from "node:crypto";
import type { UserView } from "../../contract/auth.ts";
import { DomainError } from "../services/domain-error.ts";
import type { Store, UserRecord } from "../store/store.ts";
import type { Actor } from "./actor.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import { createPasswordGate } from "./password-gate.ts";
import { createSecurityAudit } from "./security-audit.ts";
import type { RateLimiters } from "./rate-limiters.ts";
import { createSignInLimiter, type SignInLimits } from "./sign-in-limiter.ts";
import { createStreamRegistry } from "./stream-registry.ts";

// Sign-in sessions: a random token in an httpOnly cookie; the store keeps only its SHA-256, so a
// copy of the database signs nobody in. Sessions end after idle time and after an absolute time.

export interface AuthPolicy extends SignInLimits {
  idleMs: number;
  absoluteMs: number;
  /** Password checks running at once, and how many more may wait (server/auth/password-gate.ts). */
  passwordChecks: number;
  passwordQueue: number;
  /** Demo accounts sign in only when this is true: in sandbox mode. */
  demoAccounts: boolean;
  streamsPerUser?: number | undefined;
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

export function createAuthService(store: Store, policy: AuthPolicy, now: () => number = Date.now, rateLimiters?: RateLimiters) {
  const limiter = createSignInLimiter(policy, rateLimiters);
  const gate = createPasswordGate({ concurrency: policy.passwordChecks, queue: policy.passwordQueue });
  const streams = createStreamRegistry(policy.streamsPerUser ?? 5);
  const audit = createSecurityAudit(store, now);
  const usable = (user: UserRecord) => !user.disabled && (policy.demoAccounts || !user.demo);

  /** The session behind a token hash while it is valid; an expired one is deleted. */
  async function validSession(tokenHash: string) {
    const session = await store.authSessions.get(tokenHash);
    if (!session) return undefined;
    const at = now();
    if (at - session.last_seen_at > policy.idleMs || at - session.created_at > policy.absoluteMs) {
      await store.authSessions.delete(tokenHash);
      return undefined;
    }
    return usable(session.user) ? { ...session, at } : undefined;
  }

  async function logout(token: string | undefined, address: string, options: { quiet?: boolean } = {}): Promise<void> {
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await store.authSessions.get(tokenHash);
    await store.authSessions.delete(tokenHash);
    streams.endSession(tokenHash);
    if (session && !options.quiet) await audit.record({ action: "auth.logout", actor: session.user.username, address, outcome: "ok" });
  }

  return {
    streams,
    audit,
    logout,

    /** `previous`: the token this browser held before, revoked on a successful sign-in. */
    async login(username: string, password: string, address: string, previous?: string): Promise<{ token: string; user: UserRecord }> {
      const refuse = async (reason: string, error: DomainError) => {
        await audit.record({ action: "auth.login", actor: username, address, outcome: "refused", detail: reason });
        return error;
      };
      const reservation = await limiter.reserve(username, address).catch(async (error: unknown) => {
        throw error instanceof DomainError ? await refuse("rate limited", error) : error;
      });
      const user = await store.users.get(username);
      let verified: boolean;
      try {
        // Verify even for unknown users, so response time does not reveal which usernames exist.
        verified = await gate.run(() => verifyPassword(password, user?.password_hash ?? decoyHash));
      } catch (error) {
        await reservation.cancelled();
        throw error instanceof DomainError ? await refuse("busy", error) : error;
      }
      if (!verified || !user || !usable(user)) {
        const reason = !user ? "unknown user" : !verified ? "wrong password" : user.disabled ? "disabled" : "demo account outside sandbox mode";
        throw await refuse(reason, new DomainError("unauthenticated", "Wrong username or password."));
      }
      await reservation.succeeded();
      if (previous) await logout(previous, address, { quiet: true });
      const token = randomBytes(32).toString("base64url");
      await store.authSessions.create(hashToken(token), user.username, now());
      await audit.record({ action: "auth.login", actor: user.username, address, outcome: "ok" });
      return { token, user };
    },

    /** Ends every sign-in session of the user, on every device, and their streams. */
    async logoutEverywhere(username: string, address: string): Promise<void> {
      await store.authSessions.deleteForUser(username);
      streams.endUser(username);
      await audit.record({ action: "auth.logout_everywhere", actor: username, address, outcome: "ok" });
    },

    /** The user behind a session cookie, or undefined when it is missing, unknown, expired or disabled. */
    async authenticate(token: string | undefined): Promise<{ user: UserRecord; tokenHash: string } | undefined> {
      if (!token) return undefined;
      const tokenHash = hashToken(token);
      const session = await validSession(tokenHash);
      if (!session) return undefined;
      // Writing last_seen on every request would turn reads into writes; once a minute is enough.
      if (session.at - session.last_seen_at > 60_000) await store.authSessions.touch(tokenHash, session.at);
      return { user: session.user, tokenHash };
    },

    /** Whether a sign-in session is still valid, without counting as activity (an open stream is not). */
    async stillValid(tokenHash: string): Promise<boolean> {
      return (await validSession(tokenHash)) !== undefined;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
