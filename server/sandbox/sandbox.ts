import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { adminRefusal } from "./admin-guard.ts";
import { handleAdmin } from "./admin-routes.ts";
import { FaultInjector } from "./fault-injector.ts";
import type { FaultSpec } from "./fault-spec.ts";
import { handleGateway, type GatewayDeps } from "./gateway.ts";
import { BodyTooLargeError, sendJson } from "./http-io.ts";
import { openSandboxJournal } from "./sandbox-journal.ts";
import { SandboxState } from "./sandbox-state.ts";

// The embedded TOP gateway for the five lyservice calls: a real HTTP server, so the BFF reaches it
// exactly as it reaches production, in tests, in the soak suite and in demos.

export type { FaultSpec } from "./fault-spec.ts";
export { FaultInjector } from "./fault-injector.ts";
export { SandboxState } from "./sandbox-state.ts";

export interface SandboxOptions {
  appKey: string;
  appSecret: string;
  /** Default 127.0.0.1: the admin routes must not be reachable from the network by accident. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  now?: () => Date;
  /** When set, the `session` parameter must equal it: 26 when missing, 27 when different. */
  requireSession?: string;
  faults?: FaultSpec[];
  /**
   * A folder to remember the platform's state in across restarts (sandbox.sqlite); unset or
   * `:memory:` keeps it in memory only, as a throwaway console store does.
   */
  dataDir?: string;
}

export interface RunningSandbox {
  /** The gateway endpoint, e.g. http://127.0.0.1:PORT/router/rest. */
  url: string;
  origin: string;
  state: SandboxState;
  faults: FaultInjector;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const journal = options.dataDir === undefined || options.dataDir === ":memory:" ? undefined : openSandboxJournal(options.dataDir);
  const state = new SandboxState(journal);
  const faults = new FaultInjector();
  for (const spec of options.faults ?? []) faults.add(spec);
  const closing = new AbortController();
  const config = {
    appKey: options.appKey,
    appSecret: options.appSecret,
    requireSession: options.requireSession,
    now: options.now ?? (() => new Date()),
  };
  // Filled in once listening: the port is only known then, and group_qr_code URLs point back here.
  const deps: GatewayDeps = { config, state, faults, origin: "", signal: closing.signal };

  const server = createServer((req, res) => {
    route(req, res, deps).catch((error: unknown) => answerFailure(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      journal?.close();
      reject(error);
    };
    server.once("error", failed);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  deps.origin = `http://${originHost(host)}:${port}`;

  return {
    url: `${deps.origin}/router/rest`,
    origin: deps.origin,
    state,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => {
          // Every change was written as it happened: closing only releases the file.
          journal?.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, deps: GatewayDeps): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid");
  if (url.pathname === "/router/rest") {
    if (req.method !== "POST" && req.method !== "GET") return sendJson(res, 405, { error: "use POST or GET" });
    return handleGateway(req, res, url.searchParams, deps);
  }
  if (url.pathname.startsWith("/__sandbox/")) {
    const refusal = adminRefusal(req, deps.origin);
    if (refusal) return sendJson(res, refusal.status, { error: refusal.error });
    return handleAdmin(req, res, url.pathname, deps);
  }
  sendJson(res, 404, { error: `nothing at ${url.pathname}: the gateway is /router/rest` });
}

function answerFailure(res: ServerResponse, error: unknown): void {
  if (error instanceof Error && error.name === "AbortError") {
    res.destroy();
    return;
  }
  if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: error.message });
  sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
}

/** A wildcard bind address is not one a client can call back, so links use loopback instead. */
function originHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}
