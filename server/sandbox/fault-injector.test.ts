import { describe, expect, it } from "vitest";
import { FaultInjector } from "./fault-injector.ts";
import type { FaultSpec } from "./fault-spec.ts";

const send = "alibaba.lyservice.lippi.message.send";

describe("FaultInjector", () => {
  it("takes faults in the order they were added, one per request and phase", () => {
    const faults = new FaultInjector();
    faults.add({ kind: "garbled" });
    faults.add({ kind: "drop" });
    faults.add({ kind: "drop", phase: "after" });
    expect(faults.take(send, "before")?.kind).toBe("garbled");
    expect(faults.take(send, "after")?.kind).toBe("drop");
    expect(faults.take(send, "before")?.kind).toBe("drop");
    expect(faults.take(send, "before")).toBeUndefined();
  });

  it("applies a fault with probability p only when the roll is below p, without consuming it otherwise", () => {
    const rolls = [0.9, 0.1];
    const faults = new FaultInjector(() => rolls.shift() ?? 1);
    faults.add({ kind: "drop", probability: 0.5 });
    expect(faults.take(send, "before")).toBeUndefined();
    expect(faults.take(send, "before")?.kind).toBe("drop");
    expect(faults.counters().drop).toBe(1);
  });

  it("never applies a fault of probability 0", () => {
    const faults = new FaultInjector(() => 0);
    faults.add({ kind: "drop", probability: 0, times: 0 });
    expect(faults.take(send, "before")).toBeUndefined();
  });

  it("fills in the defaults", () => {
    const faults = new FaultInjector();
    faults.add({ kind: "http_status" });
    expect(faults.take(undefined, "before")).toEqual({ kind: "http_status", phase: "before", latencyMs: 0, status: 503, error: undefined });
  });

  it.each<[string, FaultSpec]>([
    ["a latency without latencyMs", { kind: "latency" }],
    ["an error_response without error", { kind: "error_response" }],
    ["an unknown method", { kind: "drop", method: "taobao.item.get" }],
    ["a probability above 1", { kind: "drop", probability: 2 }],
  ])("refuses %s", (_label, spec) => {
    expect(() => new FaultInjector().add(spec)).toThrow();
  });
});
