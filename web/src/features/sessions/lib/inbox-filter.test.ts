import { describe, expect, it } from "vitest";
import { inboxFilterFrom, viewsFor } from "./inbox-filter.ts";

describe("inbox filter", () => {
  it("gives agents Mine and Unassigned, supervisors All too", () => {
    expect(viewsFor("agent")).toEqual(["mine", "unassigned"]);
    expect(viewsFor("supervisor")).toEqual(["mine", "unassigned", "all"]);
  });

  it("starts an agent on their open sessions and a supervisor on everyone's", () => {
    expect(inboxFilterFrom("agent", undefined, undefined)).toEqual({ view: "mine", state: "open" });
    expect(inboxFilterFrom("supervisor", undefined, undefined)).toEqual({ view: "all", state: "open" });
  });

  it("keeps what the URL asks for, unless the role may not see it", () => {
    expect(inboxFilterFrom("agent", "unassigned", "closed")).toEqual({ view: "unassigned", state: "closed" });
    expect(inboxFilterFrom("agent", "all", "bogus")).toEqual({ view: "mine", state: "open" });
  });
});

describe("inbox search and channel", () => {
  it("reads the search and channel from the URL, trimmed; a blank search or unknown channel is none", () => {
    expect(inboxFilterFrom("agent", "mine", "all", { q: "  王小明 ", channel: "2" })).toEqual({ view: "mine", state: "all", q: "王小明", channel: "2" });
    expect(inboxFilterFrom("agent", "mine", "open", { q: "   ", channel: "9" })).toEqual({ view: "mine", state: "open" });
  });

  it("cuts a search longer than the server takes", () => {
    expect(inboxFilterFrom("supervisor", "all", "open", { q: "明".repeat(80) }).q).toBe("明".repeat(64));
  });
});
