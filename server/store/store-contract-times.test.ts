import { describe, expect, it } from "vitest";
import { auditEntry, deliver, newSession, textMessage, user } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";

// Every time the store keeps is epoch milliseconds, past 2^31 since 1970-01-26: a column or a driver
// that holds 32-bit integers, or answers BIGINT as a string, would pass the other contract tests (their
// clocks start near zero) and corrupt every real timestamp. Each table's times, read back exactly.

const T = Date.UTC(2026, 0, 1, 8, 30, 15, 123); // 1_767_256_215_123

describe.each(storeEngines)("store contract: epoch-millisecond times on $name", (engine) => {
  const store = useStore(engine);

  it("keeps session and message times exactly, as numbers", async () => {
    await store().sessions.insert(newSession("s1", { agent: "a", at: T }));
    await deliver(store(), textMessage("m1", "s1", "hi", { from: "customer", at: T + 1 }));
    const read = await store().sessions.markRead("s1", T + 2);
    expect(read?.readUpTo).toBe(T + 1);
    expect(await store().sessions.agentReadAt("s1")).toBe(T + 2);
    await store().sessions.markUnknownToPlatform("s1", T + 3);
    const closed = await store().sessions.markClosed("s1", { reason: "memberIsSilent", closedBy: "a", at: T + 4 });
    expect(closed).toMatchObject({ opened_at: T, last_activity_at: T + 4, closed_at: T + 4, unknown_to_platform_at: T + 3, last_message: { at: T + 1 } });
    expect(await store().messages.get("m1")).toMatchObject({ created_at: T + 1, updated_at: T + 1 });
    expect(typeof (await store().sessions.get("s1"))?.opened_at).toBe("number");
    expect(await store().sessions.openSids({ idleBefore: T + 10 })).toEqual([]);
  });

  it("keeps audit, bulk job, account, visitor, quick reply and ticket times exactly", async () => {
    await store().audit.record(auditEntry(T, { latency_ms: 1234 }));
    expect((await store().audit.list({ limit: 1 })).items[0]).toMatchObject({ at: T, latency_ms: 1234 });

    await store().bulkJobs.create({ id: "j", reason: "memberIsSilent", actor: "lead", at: T }, ["s1"]);
    await store().bulkJobs.settle("j", "s1", { ok: true });
    await store().bulkJobs.finishIfDone("j", T + 5);
    expect(await store().bulkJobs.get("j")).toMatchObject({ created_at: T, run_started_at: T, finished_at: T + 5 });

    await store().users.add(user("amy"), T);
    await store().authSessions.create("tok", "amy", T);
    await store().authSessions.touch("tok", T + 6);
    expect(await store().authSessions.get("tok")).toMatchObject({ created_at: T, last_seen_at: T + 6 });

    await store().visitors.create({ visitorId: "v", memberId: "v_1", signed: false }, T);
    expect(await store().visitors.get("v")).toBeDefined();

    const reply = await store().quickReplies.create("q", { title: "t", text_zh: "x", text_en: "" }, { at: T, by: "lead", audit: () => auditEntry(T) });
    expect(reply).toMatchObject({ updated_at: T });

    await store().sessions.insert(newSession("s2", { at: T }));
    await store().recordGroupTicket({ case_id: "c", sid: "s2", open_conversation_id: "o", at: T + 7 });
    expect(await store().groupTicketsOf("s2")).toEqual([{ case_id: "c", saved_at: T + 7 }]);
  });
});
