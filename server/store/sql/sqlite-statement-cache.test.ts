import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./sqlite-statement-cache.ts";

describe("SQLite statement cache", () => {
  it("prepares a statement once and reuses it, dropping the least recently used past its limit", () => {
    const file = new SQLite(":memory:");
    let prepared = 0;
    const counting = { close: () => file.close(), prepare: (sql: string) => (prepared++, file.prepare(sql)) };
    const db = withStatementCache(counting, 2);
    const one = db.prepare("SELECT 1");
    expect(db.prepare("SELECT 1")).toBe(one);
    db.prepare("SELECT 2");
    db.prepare("SELECT 1"); // now the most recent: SELECT 2 goes first
    db.prepare("SELECT 3");
    expect(prepared).toBe(3);
    expect(db.prepare("SELECT 1")).toBe(one);
    db.prepare("SELECT 2");
    expect(prepared).toBe(4);
    expect(one.all([])).toEqual([{ 1: 1 }]);
    db.close();
    expect(file.open).toBe(false);
  });
});
