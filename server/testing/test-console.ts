import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { VisitorConfig } from "../config-visitor.ts";
import pino from "pino";
import { createApp } from "../app.ts";
import { type AuthPolicy, createAuthService } from "../auth/auth-service.ts";
import { demoUsers, seedDemoUsers } from "../auth/demo-users.ts";
import { loadConfig } from "../config.ts";
import type { EventBus } from "../events/event-bus.ts";
import { type RunningSandbox, startSandbox } from "../sandbox/sandbox.ts";
import { type ConsoleService, createConsoleService } from "../services/console-service.ts";
import type { DatabaseConfig } from "../store/sql/database-config.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { TopClient, type TopClientOptions } from "../top/client.ts";

// A whole console for integration tests, over real HTTP: the BFF on a free port, talking through the
// real TOP client to a real sandbox gateway on another free port, with an in-memory store.

export const TEST_APP_KEY = "10000001";
export const TEST_SECRET = "integration-test-secret";

export type TestUser = "agent" | "supervisor" | "anonymous" | "agent-2";

export interface TestConsole {
  url: string;
  sandbox: RunningSandbox;
  store: Store;
  service: ConsoleService;
  /** JSON request to the BFF as the console's default user; answers status, parsed body and headers. */
  request: (method: string, path: string, body?: unknown) => Promise<TestResponse>;
  /** The same as another (signed-in) user, or as nobody. */
  requestAs: (user: TestUser, method: string, path: string, body?: unknown) => Promise<TestResponse>;
  /** Signs a user in and answers the session cookie. */
  login: (username: string, password: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface TestConsoleOptions {
  client?: Partial<TopClientOptions>;
  dataDir?: string;
  /** Another database than SQLite under dataDir (a test PostgreSQL: { engine: "postgres", url }). */
  database?: DatabaseConfig;
  /** Reuse a running sandbox (to restart the BFF against the same platform state). */
  sandbox?: RunningSandbox;
  now?: () => number;
  /** Whom `request` acts as; default the demo agent. */
  as?: TestUser;
  auth?: Partial<AuthPolicy>;
  /** Overrides of the parsed configuration (environment variable names, e.g. { TRUST_PROXY: "1" }). */
  env?: Record<string, string>;
  /** The live-event bus instead of this process's own (e.g. one that holds flush() back). */
  events?: EventBus;
  /** Customer-side settings (rate limits, embed secret) over the defaults. */
  visitor?: Partial<VisitorConfig>;
}

export interface TestResponse {
  status: number;
  body: any;
  headers: Headers;
}

export async function startTestConsole(options: TestConsoleOptions = {}): Promise<TestConsole> {
  const { client = {}, dataDir = ":memory:", now } = options;
  const config = loadConfig(options.env ?? {});
  const sandbox = options.sandbox ?? (await startSandbox({ appKey: TEST_APP_KEY, appSecret: TEST_SECRET }));
  const ownsSandbox = options.sandbox === undefined;
  const top = new TopClient({
    gatewayUrl: sandbox.url,
    appKey: TEST_APP_KEY,
    appSecret: TEST_SECRET,
    signMethod: "hmac-sha256",
    timeoutMs: 2_000,
    maxAttempts: 3,
    retryBaseMs: 5,
    ...client,
  });
  const started: Array<() => Promise<void>> = ownsSandbox ? [() => sandbox.close()] : [];
  /** What this started, last first: on close, and when a later step of the start fails (so nothing leaks). */
  const stopAll = async () => {
    for (const stop of started.splice(0).reverse()) await stop();
  };
  try {
    return await serve();
  } catch (error) {
    await stopAll();
    throw error;
  }

  async function serve(): Promise<TestConsole> {
    const store = await openSqlStore(options.database ?? { engine: "sqlite", dataDir });
    started.push(() => store.close());
    const service = createConsoleService({ top, store, defaults: config.defaults, bulkCloseMax: config.security.bulkCloseMax, ...(now ? { now } : {}), ...(options.events && { events: options.events }) });
    const policy = { ...config.auth, ...options.auth };
    // A live-mode console (demoAccounts false) seeds nothing and signs nobody in up front.
    if (policy.demoAccounts) await seedDemoUsers(store, config);
    const auth = createAuthService(store, policy, now);
    const app = createApp({ config, service, auth, cookie: { secure: false, maxAgeMs: config.auth.absoluteMs }, log: pino({ level: "silent" }), customer: { store, config: { ...config.visitor, ...options.visitor } } });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    started.push(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.bulkClose.idle();
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const send = async (cookie: string | undefined, method: string, path: string, body?: unknown): Promise<TestResponse> => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          "x-requested-with": "lyservice-console",
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? null : typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    };
    const login = async (username: string, password: string) => {
      const res = await fetch(`${url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
        body: JSON.stringify({ username, password }),
      });
      const cookie = res.headers.get("set-cookie")?.split(";")[0];
      if (res.status !== 200 || !cookie) throw new Error(`login of ${username} failed: ${res.status}`);
      return cookie;
    };
    // By username: there are two demo agents (routing and taking need two).
    const cookies: Record<TestUser, string | undefined> = { anonymous: undefined, agent: undefined, supervisor: undefined, "agent-2": undefined };
    if (policy.demoAccounts) for (const user of demoUsers) if (user.username in cookies) cookies[user.username as TestUser] = await login(user.username, user.password);
    const requestAs = (user: TestUser, method: string, path: string, body?: unknown) => send(cookies[user], method, path, body);

    return {
      url,
      sandbox,
      store,
      service,
      login,
      requestAs,
      request: (method, path, body) => requestAs(options.as ?? "agent", method, path, body),
      close: stopAll,
    };
  }
}

export const newSessionBody = (overrides: Record<string, unknown> = {}) => ({
  source: { channel: "0", channel_uid: "customer-1", channel_nick: "王小明", ...overrides },
  target: {},
});
