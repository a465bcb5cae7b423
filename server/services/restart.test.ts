import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type RunningSandbox, startSandbox } from "../sandbox/sandbox.ts";
import { newSessionBody, startTestConsole, TEST_APP_KEY, TEST_SECRET } from "../testing/test-console.ts";

// A BFF that dies mid-operation and starts again on the same data file, against the same platform.
let dataDir: string;
let sandbox: RunningSandbox;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "console-restart-"));
  sandbox = await startSandbox({ appKey: TEST_APP_KEY, appSecret: TEST_SECRET });
});
afterEach(async () => {
  await sandbox.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a restart in the middle of a send", () => {
  it("leaves the message retryable, and the retry delivers it exactly once", async () => {
    const first = await startTestConsole({ dataDir, sandbox, client: { timeoutMs: 5_000 } });
    await first.request("POST", "/api/sessions", newSessionBody({ sid: "s-crash" }));
    // The platform takes the message, but the answer never comes back before the "crash".
    sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "latency", phase: "after", latencyMs: 3_000 });
    const inFlight = first.request("POST", "/api/sessions/s-crash/messages", { message_id: "m-crash", type: "TEXT", payload: { text: "在吗" } });
    await expect.poll(() => sandbox.state.message("s-crash", "m-crash")?.deliveries ?? 0).toBe(1);
    expect((await first.store.messages.get("m-crash"))?.status).toBe("pending");
    await first.close(); // the crash: the store keeps what was written, the request dies
    await inFlight.catch(() => undefined);
    sandbox.faults.clear();

    const second = await startTestConsole({ dataDir, sandbox });
    expect(await second.service.interruptedSends.releaseAtStart(true)).toBe(1);
    const listed = (await second.request("GET", "/api/sessions/s-crash/messages")).body.items;
    expect(listed).toMatchObject([{ message_id: "m-crash", status: "failed" }]);
    const retried = await second.request("POST", "/api/sessions/s-crash/messages", { message_id: "m-crash", type: "TEXT", payload: { text: "在吗" } });
    expect(retried.body.status).toBe("sent");
    expect(sandbox.state.allMessages().filter((m) => m.messageId === "m-crash")).toHaveLength(1);
    await second.close();
  });
});

describe("a restart in the middle of a bulk close", () => {
  it("resumes the pending closes: every session closed once, none lost", async () => {
    const first = await startTestConsole({ dataDir, sandbox });
    const sids = ["b1", "b2", "b3", "b4", "b5", "b6"];
    for (const sid of sids) await first.request("POST", "/api/sessions", newSessionBody({ sid }));
    // A job as the crash left it: stored, two closes done, the rest pending.
    await first.store.bulkJobs.create({ id: "job-crash", reason: "heartBeatBreak", actor: "sup", at: Date.now() }, sids);
    for (const sid of ["b1", "b2"]) {
      await first.request("POST", `/api/sessions/${sid}/close`, { reason: "heartBeatBreak" });
      await first.store.bulkJobs.settle("job-crash", sid, { ok: true });
    }
    // b3's close reached the platform but the crash came before it was settled.
    await first.request("POST", "/api/sessions/b3/close", { reason: "heartBeatBreak" });
    await first.close();

    const second = await startTestConsole({ dataDir, sandbox });
    expect(await second.service.bulkClose.resumeOrphaned()).toBe(1);
    await second.service.bulkClose.idle();
    const job = (await second.requestAs("supervisor", "GET", "/api/board/bulk-close/job-crash")).body;
    expect(job).toMatchObject({ status: "finished", total: 6, done: 6, failed: 0 });
    const closes = sandbox.state.snapshot().closes.filter((c) => sids.includes(c.sid));
    expect(closes.map((c) => c.sid).sort()).toEqual(sids);
    await second.close();
  });
});
