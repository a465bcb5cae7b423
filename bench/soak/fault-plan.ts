import type { FaultSpec } from "../../server/sandbox/fault-spec.ts";

// What the platform does wrong during the soak, each with its probability per TOP request. "before"
// faults hit before the call changes state, "after" ones once it has: the message was delivered but
// the console sees a timeout, a 5xx, a cut body or a dropped connection. The BFF's TOP timeout is
// 300 ms, so 450 ms of latency is a timeout.

export interface PlannedFault {
  label: string;
  spec: FaultSpec;
}

const flowControl = {
  code: 7,
  msg: "App Call Limited",
  sub_code: "accesscontrol.limited-by-app-access-count",
  sub_msg: "This ban will last for 1 more seconds",
};

export const probabilisticFaults: PlannedFault[] = [
  { label: "latency 100 ms (slow, in time)", spec: { kind: "latency", latencyMs: 100, probability: 0.05, times: 0 } },
  { label: "latency 450 ms before the call (timeout)", spec: { kind: "latency", latencyMs: 450, probability: 0.02, times: 0 } },
  { label: "latency 450 ms after the call (delivered, timeout)", spec: { kind: "latency", phase: "after", latencyMs: 450, probability: 0.02, times: 0 } },
  { label: "HTTP 503 before the call", spec: { kind: "http_status", status: 503, probability: 0.02, times: 0 } },
  { label: "HTTP 502 after the call (delivered)", spec: { kind: "http_status", phase: "after", status: 502, probability: 0.015, times: 0 } },
  { label: "garbled body after the call (delivered)", spec: { kind: "garbled", phase: "after", probability: 0.02, times: 0 } },
  { label: "connection dropped before the call", spec: { kind: "drop", probability: 0.015, times: 0 } },
  { label: "connection dropped after the call (delivered)", spec: { kind: "drop", phase: "after", probability: 0.015, times: 0 } },
  { label: "flow control, code 7, 1 s ban", spec: { kind: "error_response", error: flowControl, probability: 0.01, times: 0 } },
  {
    label: "isp.remote-service-timeout before the call",
    spec: {
      kind: "error_response",
      error: { code: 15, msg: "Remote service error", sub_code: "isp.remote-service-timeout", sub_msg: "服务超时" },
      probability: 0.02,
      times: 0,
    },
  },
  {
    label: "isp.remote-service-error after the call (delivered)",
    spec: {
      kind: "error_response",
      phase: "after",
      error: { code: 15, msg: "Remote service error", sub_code: "isp.remote-service-error", sub_msg: "服务异常" },
      probability: 0.01,
      times: 0,
    },
  },
];

/** A ban window: every TOP request gets code 7 until `requests` of them have. */
export function banWindow(requests: number): PlannedFault {
  return { label: "flow-control ban window, code 7 on every call", spec: { kind: "error_response", error: flowControl, times: requests } };
}
