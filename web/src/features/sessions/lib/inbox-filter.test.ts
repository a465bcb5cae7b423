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
