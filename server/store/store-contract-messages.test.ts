import { describe, expect, it } from "vitest";
import { contentTypes } from "../../contract/top-dtos.ts";
import { auditEntry, deliver, newSession, textMessage } from "../testing/store-fixtures.ts";
import { storeEngines, useStore } from "../testing/store-engines.ts";

// Messages as message.send relies on them, on every engine: stored pending before the TOP call, one
// row per message_id whatever the retries, the outcome and its audit entry written together, and a
// send cut off by a restart marked failed so it can be retried.

const refused = { code: "top_rejected", message: "The platform refused the message." } as const;

describe.each(storeEngines)("store contract: messages on $name", (engine) => {
  const store = useStore(engine);
  const open = () => store().sessions.insert(newSession("s1", { agent: "agent", at: 1000 }));

  it("stores a new message as pending before the call, and answers a repeat of its id by its state", async () => {
    await open();
    const message = textMessage("m1", "s1", "hello", { at: 1100 });
    const begun = await store().messages.beginSend(message);
    expect(begun).toMatchObject({ state: "started", retry: false, message: { message_id: "m1", sid: "s1", status: "pending", type: "TEXT", payload: { text: "hello" }, created_at: 1100 } });
    expect((await store().messages.beginSend(message)).state).toBe("in_flight");
    expect((await store().messages.beginSend({ ...message, content: "other", payload_json: JSON.stringify({ text: "other" }) })).state).toBe("conflict");

    const sent = await store().messages.markSent("m1", { topRequestId: "req-1", topMessageId: "top-m1", at: 1200 });
    expect(sent).toMatchObject({ status: "sent", top_request_id: "req-1", top_message_id: "top-m1", updated_at: 1200 });
    expect(await store().messages.beginSend({ ...message, at: 1300 })).toMatchObject({ state: "already_sent", message: { status: "sent" } });
    expect(await store().sessions.get("s1")).toMatchObject({ last_activity_at: 1200, last_message: { preview: "hello", side: "agent" } });
    expect((await store().messages.listBySession("s1", { limit: 10 })).items.map((m) => m.message_id)).toEqual(["m1"]);
  });

  it("re-arms a failed message for a retry, once, under the same id", async () => {
    await open();
    const message = textMessage("m1", "s1", "hello", { at: 1100 });
    await store().messages.beginSend(message);
    expect(await store().messages.markFailed("m1", refused, 1150)).toMatchObject({ status: "failed", error: refused });
    const retry = await store().messages.beginSend({ ...message, at: 1200 });
    expect(retry).toMatchObject({ state: "started", retry: true, message: { status: "pending", updated_at: 1200 } });
    expect(retry.message.error).toBeUndefined();
    expect((await store().messages.beginSend(message)).state).toBe("in_flight");
    expect(await store().messages.get("nope")).toBeUndefined();
  });

  it("writes the call's audit entry with the outcome, sent or failed", async () => {
    await open();
    await store().messages.beginSend(textMessage("ok", "s1", "a", { at: 1 }));
    await store().messages.beginSend(textMessage("ko", "s1", "b", { at: 2 }));
    await store().messages.markSent("ok", { at: 3, audit: auditEntry(3, { sid: "s1", request_id: "req-ok" }) });
    await store().messages.markFailed("ko", refused, 4, auditEntry(4, { sid: "s1", outcome: "platform_refused", top_code: "isv.refused" }));
    const { items } = await store().audit.list({ limit: 10, sid: "s1" });
    expect(items.map((e) => [e.at, e.outcome, e.request_id ?? e.top_code])).toEqual([[4, "platform_refused", "isv.refused"], [3, "ok", "req-ok"]]);
  });

  it("keeps neither the outcome nor the audit entry when the entry cannot be written: one transaction", async () => {
    await open();
    await store().messages.beginSend(textMessage("m1", "s1", "hello", { at: 1100 }));
    // A NULL method breaks the audit table's NOT NULL: the write fails inside the outcome's transaction.
    const unwritable = Object.assign(auditEntry(1200, { sid: "s1" }), { method: null });
    await expect(store().messages.markSent("m1", { at: 1200, audit: unwritable })).rejects.toThrow();
    await expect(store().messages.markFailed("m1", refused, 1200, unwritable)).rejects.toThrow();
    expect(await store().messages.get("m1")).toMatchObject({ status: "pending", updated_at: 1100 });
    expect(await store().sessions.get("s1")).toMatchObject({ last_activity_at: 1000, last_message: undefined });
    expect((await store().audit.list({ limit: 10 })).items).toEqual([]);
  });

  it("marks the messages pending since before a time failed, and only those", async () => {
    await open();
    for (const id of ["p1", "p2", "done"]) await store().messages.beginSend(textMessage(id, "s1", id, { at: 1 }));
    await store().messages.beginSend(textMessage("recent", "s1", "recent", { at: 4 }));
    await store().messages.markSent("done", { at: 2 });
    const failed = await store().messages.failInterrupted(5, { startedBefore: 3 });
    expect(failed.map((m) => [m.message_id, m.status]).sort()).toEqual([["p1", "failed"], ["p2", "failed"]]);
    expect(await store().messages.get("p1")).toMatchObject({ status: "failed", error: { code: "top_unavailable" }, updated_at: 5 });
    expect((await store().messages.get("done"))?.status).toBe("sent");
    // Started at 4: another instance may still be sending it.
    expect((await store().messages.get("recent"))?.status).toBe("pending");
    expect(await store().messages.failInterrupted(6, { startedBefore: 3 })).toEqual([]);
    // The retry of an interrupted send goes through, under its id.
    expect(await store().messages.beginSend(textMessage("p1", "s1", "p1", { at: 7 }))).toMatchObject({ state: "started", retry: true });
  });

  it("re-arms a message pending since before staleBefore for a retry (its instance died), but not a recent one", async () => {
    await open();
    const message = textMessage("m1", "s1", "hello", { at: 100 });
    await store().messages.beginSend(message);
    expect((await store().messages.beginSend({ ...message, at: 150 }, { instance: "b", staleBefore: 50 })).state).toBe("in_flight");
    expect(await store().messages.beginSend({ ...message, at: 200 }, { instance: "b", staleBefore: 101 })).toMatchObject({ state: "started", retry: true, message: { status: "pending", updated_at: 200 } });
    // Re-armed at 200: now it is fresh again.
    expect((await store().messages.beginSend({ ...message, at: 210 }, { instance: "b", staleBefore: 101 })).state).toBe("in_flight");
  });

  it("releases at once what an instance's earlier run left pending, and another instance's only when stale", async () => {
    await open();
    await store().messages.beginSend(textMessage("from-a", "s1", "a", { at: 100 }), { instance: "a", staleBefore: 0 });
    await store().messages.beginSend(textMessage("from-b", "s1", "b", { at: 100 }), { instance: "b", staleBefore: 0 });
    // A starts again at 110: its own pending send is released, B's (fresh) is left alone.
    expect((await store().messages.failInterrupted(110, { startedBefore: 50, instance: "a" })).map((m) => m.message_id)).toEqual(["from-a"]);
    expect((await store().messages.get("from-b"))?.status).toBe("pending");
    expect((await store().messages.failInterrupted(200, { startedBefore: 101 })).map((m) => m.message_id)).toEqual(["from-b"]);
  });

  it("pages a session's messages: oldest first within a page, the cursor going to older ones", async () => {
    await open();
    for (let i = 1; i <= 5; i++) await store().messages.beginSend(textMessage(`m${i}`, "s1", `text ${i}`, { at: 1000 + i }));
    const first = await store().messages.listBySession("s1", { limit: 2 });
    expect(first.items.map((m) => m.message_id)).toEqual(["m4", "m5"]);
    const second = await store().messages.listBySession("s1", { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((m) => m.message_id)).toEqual(["m2", "m3"]);
    const last = await store().messages.listBySession("s1", { limit: 2, cursor: second.nextCursor });
    expect(last.items.map((m) => m.message_id)).toEqual(["m1"]);
    expect(last.nextCursor).toBeUndefined();
  });

  it("keeps a read receipt out of the inbox: no preview, no unread, not counted as a message", async () => {
    await open();
    await deliver(store(), textMessage("m1", "s1", "hello", { from: "customer", at: 1100 }));
    const readTime = Date.UTC(2026, 0, 1);
    const receipt = { ...textMessage("r1", "s1", "", { at: 1200 }), content_type: contentTypes.MSG_READ, content: JSON.stringify({ readTime }), payload_json: JSON.stringify({ readTime }) };
    await deliver(store(), receipt);
    expect(await store().messages.get("r1")).toMatchObject({ type: "MSG_READ", status: "sent" });
    expect(await store().sessions.get("s1")).toMatchObject({ unread_count: 1, last_message: { preview: "hello", at: 1100, side: "customer" } });
    expect(await store().sessions.messageCount("s1")).toBe(1);
  });

  it("names the sender by their current display name", async () => {
    await open();
    await store().users.add({ username: "agent", display_name: "Agent Smith", role: "agent", operator_id: "op", service_id: "svc", password_hash: "h", disabled: false, demo: false }, 1);
    await store().messages.beginSend(textMessage("m1", "s1", "hi", { at: 2 }));
    expect((await store().messages.get("m1"))?.sent_by).toEqual({ username: "agent", display_name: "Agent Smith" });
  });
});
