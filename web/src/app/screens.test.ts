import { describe, expect, it } from "vitest";
import { screenFor, screensFor, viewParam } from "./screens.ts";

describe("screens", () => {
  it("gives supervisors the board, the audit trail and the quick replies", () => {
    expect(screenFor("board", "supervisor")).toBe("board");
    expect(screenFor("audit", "supervisor")).toBe("audit");
    expect(screenFor("quick-replies", "supervisor")).toBe("quick-replies");
    expect(screensFor("supervisor")).toEqual(["sessions", "board", "audit", "quick-replies"]);
  });

  it("shows an agent the workspace whatever the link says", () => {
    expect(screenFor("board", "agent")).toBe("sessions");
    expect(screenFor("audit", "agent")).toBe("sessions");
    expect(screenFor("quick-replies", "agent")).toBe("sessions");
    expect(screensFor("agent")).toEqual(["sessions"]);
  });

  it("falls back to the workspace for a missing or unknown view", () => {
    expect(screenFor(undefined, "supervisor")).toBe("sessions");
    expect(screenFor("nope", "supervisor")).toBe("sessions");
  });

  it("keeps the workspace's address free of a view parameter", () => {
    expect(viewParam("sessions")).toBeUndefined();
    expect(viewParam("board")).toBe("board");
  });
});
