import { z } from "zod";
import { topCalls } from "../../contract/top-calls.ts";

// What a fault looks like, validated with zod wherever one arrives from outside (the admin route,
// SANDBOX_FAULTS, startSandbox's options), so a typo fails loudly instead of injecting nothing.

export const faultKinds = ["latency", "error_response", "http_status", "garbled", "drop", "answer"] as const;
export type FaultKind = (typeof faultKinds)[number];

export type FaultSpec = {
  /** TOP method; omitted = any. */
  method?: string;
  kind: FaultKind;
  /** Before or after the call's state change; default before. */
  phase?: "before" | "after";
  latencyMs?: number;
  /** http_status only, default 503. */
  status?: number;
  /** error_response only. `code` may be a string: some gateways send it as one. */
  error?: { code: number | string; msg: string; sub_code?: string; sub_msg?: string };
  /**
   * answer only, phase "after": a JSON merge patch (RFC 7396: null removes a key) applied to the
   * call's real `result`, so the state changes and the client meets an odd but successful answer.
   */
  resultPatch?: Record<string, unknown>;
  /** answer only: the whole body to answer instead, as is (any shape, JSON or not). */
  body?: string;
  /** How many matching requests it applies to; default 1; 0 = unlimited. */
  times?: number;
  /** 0..1, default 1. */
  probability?: number;
};

const methods = Object.values(topCalls).map((call) => call.method) as [string, ...string[]];

export const faultSpecSchema = z
  .strictObject({
    method: z.enum(methods).optional(),
    kind: z.enum(faultKinds),
    phase: z.enum(["before", "after"]).optional(),
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    status: z.number().int().min(100).max(599).optional(),
    error: z
      .strictObject({
        code: z.union([z.number().int(), z.string().min(1)]),
        msg: z.string().min(1),
        sub_code: z.string().min(1).optional(),
        sub_msg: z.string().min(1).optional(),
      })
      .optional(),
    resultPatch: z.record(z.string(), z.unknown()).optional(),
    body: z.string().max(100_000).optional(),
    times: z.number().int().min(0).optional(),
    probability: z.number().min(0).max(1).optional(),
  })
  .refine((spec) => spec.kind !== "latency" || spec.latencyMs !== undefined, {
    message: "a latency fault needs latencyMs",
    path: ["latencyMs"],
  })
  .refine((spec) => spec.kind !== "error_response" || spec.error !== undefined, {
    message: "an error_response fault needs error: {code, msg, sub_code?, sub_msg?}",
    path: ["error"],
  })
  .refine((spec) => spec.kind !== "answer" || (spec.resultPatch === undefined) !== (spec.body === undefined), {
    message: "an answer fault needs either resultPatch or body",
    path: ["resultPatch"],
  })
  .refine((spec) => spec.resultPatch === undefined || spec.phase === "after", {
    message: "resultPatch changes the real result, so it needs phase: after",
    path: ["phase"],
  }) satisfies z.ZodType<FaultSpec>;

/** One spec or a list of them: the shape of SANDBOX_FAULTS and of POST /__sandbox/faults. */
export const faultSpecsSchema = z.preprocess((value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]), z.array(faultSpecSchema));

/** A spec with its defaults filled in, as the gateway applies it. */
export interface ResolvedFault {
  kind: FaultKind;
  phase: "before" | "after";
  latencyMs: number;
  status: number;
  error: { code: number | string; msg: string; sub_code?: string; sub_msg?: string } | undefined;
  resultPatch: Record<string, unknown> | undefined;
  body: string | undefined;
}
