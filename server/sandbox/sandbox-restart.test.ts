import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { businessCodes } from "../top/business-codes.ts";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, methods, resultOf, sampleDtos, startTestSandbox } from "./top-test-client.ts";

// The sandbox given a data folder remembers across a restart what the platform would: sessions (and
// whether they are closed), delivered messages (still de-duplicated), groups and tickets. Each test
// stops a sandbox and starts a new one on the same folder, as `npm start` does after a restart.

let dataDir: string;
let running: RunningSandbox | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-restart-"));
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(folder = dataDir): Promise<RunningSandbox> {
  await running?.close();
  running = await startTestSandbox({ dataDir: folder });
  return running;
}

const call = async (sandbox: RunningSandbox, method: string, business: Record<string, unknown>) =>
  resultOf(await callTop(sandbox.url, { method, business }), method);

/** The group a call just opened, as the platform recorded it (the answer's shape is another test's subject). */
async function openGroup(sandbox: RunningSandbox) {
  const known = new Set(sandbox.state.groups.keys());
  await call(sandbox, methods.group, { service_communication_request: { tenant_id: 200110002 } });
  const group = [...sandbox.state.groups.values()].find((g) => !known.has(g.openConversationId));
  if (group === undefined) throw new Error("no group was opened");
  return group;
}

describe("a sandbox restarted on the same data folder", () => {
  it("still knows the sessions and takes messages in them", async () => {
    const before = await start();
    await call(before, methods.create, sampleDtos.create("s-kept"));
    await call(before, methods.send, sampleDtos.send("s-kept", "m-1"));

    const after = await start();
    expect(after.state.sessions.get("s-kept")).toMatchObject({ status: "open", target: { service_id: "svc-1" } });
    const second = await call(after, methods.send, sampleDtos.send("s-kept", "m-2"));
    expect(second).toMatchObject({ success: true, code: "200" });
    // Platform ids go on from where they were, never handed out twice.
    expect(after.state.message("s-kept", "m-2")?.platformMessageId).not.toBe(before.state.message("s-kept", "m-1")?.platformMessageId);
  });

  it("still de-duplicates a message delivered before the restart", async () => {
    const before = await start();
    await call(before, methods.create, sampleDtos.create("s-1"));
    const first = await call(before, methods.send, sampleDtos.send("s-1", "m-1"));

    const after = await start();
    expect(await call(after, methods.send, sampleDtos.send("s-1", "m-1"))).toEqual(first);
    expect(after.state.message("s-1", "m-1")?.deliveries).toBe(2);
    expect(after.state.deliveryTotals()).toEqual({ acceptedSends: 2, distinctMessages: 1 });
  });

  it("still knows a session is closed", async () => {
    const before = await start();
    await call(before, methods.create, sampleDtos.create("s-1"));
    await call(before, methods.close, sampleDtos.close("s-1"));

    const after = await start();
    expect(await call(after, methods.close, sampleDtos.close("s-1"))).toEqual({ success: false, ...businessCodes.sessionClosed });
    expect(after.state.closes).toEqual([expect.objectContaining({ sid: "s-1", reason: "memberIsSilent" })]);
  });

  it("still knows its groups, their QR JSON and their tickets", async () => {
    const before = await start();
    const group = await openGroup(before);
    const ticket = { user_identify: group.userIdentify, case_id: "396743391396743391", tenant_id: group.tenantId, open_conversation_id: group.openConversationId };
    await call(before, methods.ticket, { group_customer_case_request: ticket });

    const after = await start();
    expect(await call(after, methods.ticket, { group_customer_case_request: ticket })).toMatchObject({ success: true });
    expect(after.state.tickets.get("396743391396743391")?.saves).toBe(2);
    expect((await openGroup(after)).teamGroupId).not.toBe(group.teamGroupId);
    const qr = await fetch(`${after.origin}/__sandbox/group-qr/${group.teamGroupId}.json`);
    expect(await qr.json()).toEqual({ team_group_id: group.teamGroupId, group_link: group.groupLink });
  });

  it("forgets everything after /__sandbox/reset, also across the next restart", async () => {
    const before = await start();
    await call(before, methods.create, sampleDtos.create("s-1"));
    await call(before, methods.send, sampleDtos.send("s-1", "m-1"));
    await openGroup(before);
    expect((await fetch(`${before.origin}/__sandbox/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(200);

    const after = await start();
    expect(after.state.snapshot().totals).toEqual({ sessions: 0, acceptedSends: 0, distinctMessages: 0, closes: 0, groups: 0, tickets: 0 });
    expect(await call(after, methods.send, sampleDtos.send("s-1", "m-2"))).toEqual({ success: false, ...businessCodes.sessionNotFound });
  });

  it("keeps nothing with `:memory:`, as the console's throwaway store", async () => {
    const before = await start(":memory:");
    await call(before, methods.create, sampleDtos.create("s-1"));
    const after = await start(":memory:");
    expect(after.state.sessions.size).toBe(0);
  });
});
