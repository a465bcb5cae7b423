import { sandboxDemoAppKey, sandboxDemoAppSecret } from "../../server/sandbox/defaults.ts";
import { addUser, benchAgent, type BenchUser } from "./bench-user.ts";
import { type Child, startChild } from "./children.ts";
import { ConsoleClient } from "./console-client.ts";
import { freePort } from "./free-port.ts";

// The two processes of a console deployment, started on loopback: the standalone TOP sandbox
// gateway, and the BFF pointed at it as if it were the real platform (live mode), so the BFF's code
// path is the production one: signed form posts over keep-alive HTTP to a gateway it does not own.

export interface SandboxProcess {
  child: Child;
  /** e.g. http://127.0.0.1:PORT; the admin routes are under /__sandbox. */
  origin: string;
  /** The gateway endpoint, /router/rest. */
  gatewayUrl: string;
  appKey: string;
  appSecret: string;
}

export async function startSandboxProcess(): Promise<SandboxProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = await startChild({
    name: "sandbox",
    script: "server/sandbox/main.ts",
    env: { SANDBOX_HOST: "127.0.0.1", SANDBOX_PORT: String(port) },
    readyUrl: `${origin}/__sandbox/faults`,
  });
  return { child, origin, gatewayUrl: `${origin}/router/rest`, appKey: sandboxDemoAppKey, appSecret: sandboxDemoAppSecret };
}

export interface BffOptions {
  /** `:memory:` or a folder holding console.sqlite. */
  dataDir: string;
  /** A PostgreSQL store (DATABASE_URL) instead of the SQLite file under dataDir. */
  databaseUrl?: string;
  /** Without one the BFF starts its embedded sandbox (sandbox mode). */
  gateway?: SandboxProcess;
  /** Fixed to restart on the same address; a free one otherwise. */
  port?: number;
  logLevel?: string;
  /** Extra TOP_* / LY_* settings, e.g. TOP_TIMEOUT_MS. */
  env?: Record<string, string>;
  /** Node flags such as --cpu-prof. */
  nodeArgs?: string[];
}

export interface BffProcess {
  child: Child;
  url: string;
  port: number;
}

export async function startBffProcess(options: BffOptions): Promise<BffProcess> {
  const port = options.port ?? (await freePort());
  const gateway = options.gateway;
  const live: Record<string, string> = gateway
    ? {
        TOP_GATEWAY_URL: gateway.gatewayUrl,
        TOP_APP_KEY: gateway.appKey,
        TOP_APP_SECRET: gateway.appSecret,
        LY_BU_ID: "100",
        LY_SERVICE_ID: "80003",
        LY_OPERATOR_ID: "bench-agent",
      }
    : { SANDBOX_PORT: "0" };
  const url = `http://127.0.0.1:${port}`;
  const child = await startChild({
    name: "bff",
    script: "server/index.ts",
    env: {
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: options.dataDir,
      LOG_LEVEL: options.logLevel ?? "warn",
      // Plain http on loopback; the bench clients keep the cookie themselves.
      COOKIE_SECURE: "false",
      ...(options.databaseUrl !== undefined && { DATABASE_URL: options.databaseUrl }),
      ...live,
      ...options.env,
    },
    readyUrl: `${url}/api/health`,
    ...(options.nodeArgs && { nodeArgs: options.nodeArgs }),
  });
  return { child, url, port };
}

/** A BFF with `user` in its store, and a client signed in as that user. `dataDir` must be a folder. */
export async function startSignedInBff(options: BffOptions, user: BenchUser = benchAgent) {
  await addUser(options.databaseUrl === undefined ? options.dataDir : { engine: "postgres", url: options.databaseUrl }, user);
  const bff = await startBffProcess(options);
  const client = new ConsoleClient(bff.url);
  try {
    await client.signIn(user);
  } catch (error) {
    await bff.child.stop();
    throw error;
  }
  return { bff, client };
}
