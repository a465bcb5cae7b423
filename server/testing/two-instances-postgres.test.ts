import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleEvent } from "../../contract/events.ts";
import { ConsoleClient, sameOriginHeader } from "../../bench/lib/console-client.ts";
import { type BffProcess, type SandboxProcess, startBffProcess, startSandboxProcess } from "../../bench/lib/console-processes.ts";
import { hashPassword } from "../auth/password.ts";
import { openSqlStore } from "../store/sql/sql-store.ts";
import { consoleStream } from "./console-stream.ts";
import { type PostgresServer, startPostgres } from "./postgres-server.ts";
import { textMessage, visitorClient } from "./visitor-client.ts";

// Issue 13's point, end to end: two BFF processes (the production entry point, live mode) over one
// PostgreSQL database and one standalone sandbox gateway serve one console. What happens on one
// instance reaches the other's live streams, and a retry through the other is not delivered twice.

const agent = { username: "pg-agent", password: "pg-agent-password", role: "agent" as const, operatorId: "bench-agent", serviceId: "80003" };
const supervisor = { username: "pg-supervisor", password: "pg-supervisor-password", role: "supervisor" as const, operatorId: "pg-supervisor", serviceId: "80003" };
const SEND = "alibaba.lyservice.lippi.message.send";
// Generous: CI runs this on 2 cores, next to other tests.
const WAIT_MS = 20_000;
// Above any one wait, so a missing event fails with its own message rather than the runner's timeout.
const TEST_MS = 60_000;
const CLOSE = "alibaba.lyservice.lippi.session.close";
/** A dead instance's bulk-close items wait out their lease (15 s), then the next sweep (5 s) takes them. */
const TAKEOVER_MS = 45_000;

/** The promise, or a failure naming what did not arrive within `ms`. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not arrive within ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function addFault(sandbox: SandboxProcess, fault: Record<string, unknown>) {
  const res = await fetch(`${sandbox.origin}/__sandbox/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(fault) });
  expect(res.status).toBe(201);
}

async function sandboxState(sandbox: SandboxProcess) {
  const res = await fetch(`${sandbox.origin}/__sandbox/state`);
  return (await res.json()) as { messages: { messageId: string }[]; closes: { sid: string; reason: string }[] };
}

describe("two BFF processes on one PostgreSQL database and one sandbox", () => {
  let postgres: PostgresServer | undefined;
  let sandbox: SandboxProcess;
  const bffs: BffProcess[] = [];
  const folders: string[] = [];
  let a: BffProcess;
  let b: BffProcess;

  beforeAll(async () => {
    [postgres, sandbox] = await Promise.all([startPostgres(), startSandboxProcess()]);
    // Live mode seeds no accounts: add them as `npm run user -- add` would (this also runs the migrations once).
    const store = await openSqlStore({ engine: "postgres", url: postgres.url });
    try {
      for (const user of [agent, supervisor]) {
        const row = { username: user.username, display_name: user.username, role: user.role, operator_id: user.operatorId, service_id: user.serviceId };
        await store.users.add({ ...row, password_hash: await hashPassword(user.password), disabled: false, demo: false }, Date.now());
      }
    } finally {
      await store.close();
    }
    const start = async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), "console-bff-"));
      folders.push(dataDir);
      const bff = await startBffProcess({ dataDir, gateway: sandbox, env: { DATABASE_URL: postgres!.url } });
      bffs.push(bff);
      return bff;
    };
    [a, b] = await Promise.all([start(), start()]);
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(bffs.map((bff) => bff.child.stop()));
    await sandbox?.child.stop();
    await postgres?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  /** A client signed in on `bff` as `user`. */
  async function clientOn(bff: BffProcess, user: typeof agent | typeof supervisor): Promise<ConsoleClient> {
    const client = new ConsoleClient(bff.url, WAIT_MS);
    await client.signIn(user);
    return client;
  }

  /** A client signed in on `bff`, and its live stream there (open before the caller goes on). */
  async function signedIn(bff: BffProcess, user: typeof agent | typeof supervisor) {
    const client = await clientOn(bff, user);
    const stream = consoleStream(bff.url, client.headers.cookie!);
    await within(WAIT_MS, "the live stream's headers", stream.ready);
    return { client, stream };
  }

  const seen = (stream: ReturnType<typeof consoleStream>, what: string, match: (event: ConsoleEvent) => boolean) =>
    within(WAIT_MS, what, stream.until((events) => events.some(match))).then((events) => events.find(match));

  it("an agent on A sees, live, a customer's message sent through B's visitor API", async () => {
    const { stream } = await signedIn(a, agent);
    try {
      const visitor = visitorClient(b.url);
      const sent = await visitor.request("POST", "/api/visitor/messages", textMessage("两个实例之间的消息"));
      expect(sent.status).toBe(200);
      const { message_id: messageId } = sent.body.message as { message_id: string };
      const sid = (sent.body.conversation as { sid: string }).sid;
      const event = await seen(stream, `A's message.updated for ${messageId}`, (e) => e.type === "message.updated" && e.message.message_id === messageId);
      expect(event).toMatchObject({ message: { sid, sender_type: "1", type: "TEXT" } });
    } finally {
      stream.stop();
    }
  }, TEST_MS);

  it("a session opened on A is closed on B, and A's stream sees it closed", async () => {
    const { client: onA, stream } = await signedIn(a, agent);
    try {
      const sid = "two-instances-close";
      const opened = await onA.request("POST", "/api/sessions", { source: { channel: "0", channel_uid: "customer-2", channel_nick: "王小明", sid }, target: {} });
      expect(opened.status).toBeLessThan(300);
      // The same sign-in cookie works on B: sign-ins live in the shared database.
      const closed = await fetch(`${b.url}/api/sessions/${sid}/close`, {
        method: "POST",
        headers: { ...sameOriginHeader, cookie: onA.headers.cookie!, "content-type": "application/json" },
        body: JSON.stringify({ reason: "memberCloseTheSession" }),
      });
      expect(closed.status).toBe(200);
      await seen(stream, `A's session.closed for ${sid}`, (e) => e.type === "session.closed" && e.session.sid === sid);
      expect((await onA.request("GET", `/api/sessions/${sid}`)).body).toMatchObject({ status: "closed", close_reason: "memberCloseTheSession" });
      expect((await sandboxState(sandbox)).closes.filter((c) => c.sid === sid)).toHaveLength(1);
    } finally {
      stream.stop();
    }
  }, TEST_MS);

  it("a message whose send failed on A is retried on B with the same id and delivered once", async () => {
    const onA = await clientOn(a, agent);
    const onB = await clientOn(b, agent);
    const sid = "two-instances-retry";
    expect((await onA.request("POST", "/api/sessions", { source: { channel: "0", channel_uid: "customer-3", channel_nick: "李雷", sid }, target: {} })).status).toBeLessThan(300);
    await addFault(sandbox, { method: SEND, kind: "error_response", error: { code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter", sub_msg: "content" }, times: 1 });

    const message = textMessage("先失败，再在另一个实例上重试", "two-instances-m1");
    const failed = await onA.request("POST", `/api/sessions/${sid}/messages`, message);
    expect(failed.status).toBe(422);
    expect((await sandboxState(sandbox)).messages.filter((m) => m.messageId === message.message_id)).toHaveLength(0);

    const retried = await onB.request("POST", `/api/sessions/${sid}/messages`, message);
    expect(retried.body).toMatchObject({ message_id: message.message_id, status: "sent" });
    // Once more on A: already sent, answered from the shared record without a second platform call.
    expect((await onA.request("POST", `/api/sessions/${sid}/messages`, message)).body).toMatchObject({ message_id: message.message_id, status: "sent" });
    expect((await sandboxState(sandbox)).messages.filter((m) => m.messageId === message.message_id)).toHaveLength(1);
  }, TEST_MS);

  it("a customer who starts a chat on B is routed to the agent whose console is open on A", async () => {
    const { stream } = await signedIn(a, agent);
    try {
      // A writes the open console through to the presence table as it opens; wait for that, not for a time.
      const db = new pg.Client({ connectionString: postgres!.url });
      await db.connect();
      try {
        const written = async () => {
          while ((await db.query("SELECT 1 FROM presence WHERE kind = 'agent' AND key = $1 AND streams > 0", [agent.username])).rowCount === 0) {
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        };
        await within(WAIT_MS, "A's presence row for the agent's console", written());
      } finally {
        await db.end();
      }
      const sent = await visitorClient(b.url).request("POST", "/api/visitor/messages", textMessage("请问有人在吗"));
      expect(sent.status).toBe(200);
      const sid = (sent.body.conversation as { sid: string }).sid;
      const onB = await clientOn(b, supervisor);
      expect((await onB.request("GET", `/api/sessions/${sid}`)).body).toMatchObject({ sid, agent: agent.username });
    } finally {
      stream.stop();
    }
  }, TEST_MS);

  // Last: it kills A.
  it("a bulk close started on A carries on on B after A is killed (SIGKILL), each session closed once on the platform", async () => {
    const onA = await clientOn(a, agent);
    const sids = Array.from({ length: 12 }, (_, i) => `two-instances-bulk-${String(i).padStart(2, "0")}`);
    for (const [i, sid] of sids.entries()) {
      const opened = await onA.request("POST", "/api/sessions", { source: { channel: "0", channel_uid: `bulk-customer-${i}`, channel_nick: `客户${i}`, sid }, target: {} });
      expect(opened.status).toBeLessThan(300);
    }
    // Every close takes effect on the platform at once but is answered 1.5 s later, so A dies with
    // closes in flight that the platform has already carried out.
    await addFault(sandbox, { method: CLOSE, kind: "latency", phase: "after", latencyMs: 1_500 });
    try {
      const supervisorOnA = await clientOn(a, supervisor);
      const started = await supervisorOnA.request("POST", "/api/board/bulk-close", { sids, reason: "memberIsSilent" });
      expect(started.status).toBeLessThan(300);
      const jobId = (started.body as { id: string }).id;
      const supervisorOnB = await clientOn(b, supervisor);
      const job = async () => (await supervisorOnB.request("GET", `/api/board/bulk-close/${jobId}`)).body as { status: string; done: number; failed: number; total: number };
      await expect.poll(async () => (await job()).done, { timeout: WAIT_MS, interval: 100 }).toBeGreaterThan(0);
      await a.child.kill();
      const atKill = await job();
      expect(atKill).toMatchObject({ status: "running", total: sids.length });
      expect(atKill.done).toBeLessThan(sids.length);

      await expect.poll(async () => (await job()).status, { timeout: TAKEOVER_MS, interval: 500 }).toBe("finished");
      expect(await job()).toMatchObject({ total: sids.length, done: sids.length, failed: 0 });
      const closes = (await sandboxState(sandbox)).closes.filter((c) => sids.includes(c.sid));
      expect(closes.map((c) => c.sid).sort()).toEqual(sids);
      for (const sid of sids) expect((await supervisorOnB.request("GET", `/api/sessions/${sid}`)).body).toMatchObject({ status: "closed" });
    } finally {
      await fetch(`${sandbox.origin}/__sandbox/faults`, { method: "DELETE" });
    }
  }, TAKEOVER_MS + TEST_MS);
});
