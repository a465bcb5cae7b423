import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSandboxJournal, sandboxJournalFile } from "./sandbox-journal.ts";
import { SandboxState } from "./sandbox-state.ts";

// The journal under the sandbox's state: what one state wrote, a state opened on the same folder
// reads back in the same order; a row it cannot read is left out and counted, not fatal.

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-journal-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const session = (sid: string) => ({
  sid,
  status: "open" as const,
  createdAt: "2026-12-02T00:00:00.000Z",
  source: { session_source: "XSpace", channel_uid: "u-1", channel: "0" as const, sid },
  target: { session_source: "XSpace", service_id: "svc-1", bu_id: "100" },
});

function reopen(): SandboxState {
  const journal = openSandboxJournal(dataDir);
  return new SandboxState(journal);
}

describe("sandbox journal", () => {
  it("gives a re-opened state the sessions and messages in the order they came, with their latest values", () => {
    const journal = openSandboxJournal(dataDir);
    const state = new SandboxState(journal);
    for (const sid of ["s-b", "s-a", "s-c"]) state.openSession(session(sid));
    const message = { sid: "s-a", messageId: "m-1", platformMessageId: state.nextPlatformMessageId(), contentType: 1, content: "你好", acceptedAt: "t", deliveries: 1 };
    state.addMessage(message);
    state.redeliver(message);
    const opened = state.sessions.get("s-b");
    if (opened === undefined) throw new Error("s-b was not stored");
    state.closeSession(opened, { sid: "s-b", reason: "memberIsSilent", operatorId: "op-1", closedAt: "t" });
    journal.close();

    const again = reopen();
    expect([...again.sessions.keys()]).toEqual(["s-b", "s-a", "s-c"]);
    expect(again.sessions.get("s-b")?.status).toBe("closed");
    expect(again.message("s-a", "m-1")).toEqual({ ...message, deliveries: 2 });
    expect(again.closes).toHaveLength(1);
    expect(again.nextPlatformMessageId()).not.toBe(message.platformMessageId);
    expect(again.unreadable).toBe(0);
  });

  it("leaves out and counts rows it cannot read, and keeps the rest", () => {
    const journal = openSandboxJournal(dataDir);
    new SandboxState(journal).openSession(session("s-ok"));
    journal.close();
    const db = new Database(path.join(dataDir, sandboxJournalFile));
    const insert = db.prepare("INSERT INTO sandbox_records (kind, key, record) VALUES (?, ?, ?)");
    insert.run("session", "s-bad", JSON.stringify({ sid: "s-bad", status: "maybe" }));
    insert.run("message", "x", "{not json");
    insert.run("wormhole", "x", "{}");
    db.close();

    const again = reopen();
    expect([...again.sessions.keys()]).toEqual(["s-ok"]);
    expect(again.unreadable).toBe(3);
  });

  it("is emptied by a reset", () => {
    const journal = openSandboxJournal(dataDir);
    const state = new SandboxState(journal);
    state.openSession(session("s-1"));
    state.reset();
    journal.close();
    expect(reopen().sessions.size).toBe(0);
  });

  it("refuses a second owner of the same file, saying so", () => {
    const first = openSandboxJournal(dataDir);
    try {
      expect(() => openSandboxJournal(dataDir, { waitMs: 50 })).toThrow(/is in use by another process/);
    } finally {
      first.close();
    }
    openSandboxJournal(dataDir).close();
  });
});
