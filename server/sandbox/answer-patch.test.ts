import { describe, expect, it } from "vitest";
import { patchResult } from "./answer-patch.ts";
import { faultSpecSchema } from "./fault-spec.ts";

const answer = JSON.stringify({
  alibaba_lyservice_group_group_communication_response: {
    result: { success: true, code: "200", data: { group_link: "dingtalk://x", account_type: 2 } },
    request_id: "r1",
  },
});

describe("the answer fault", () => {
  it("merge-patches the real result (null removes a key), keeping the envelope and its request_id", () => {
    const patched = JSON.parse(patchResult(answer, { code: 200, data: { group_link: null, account_type: 3, extra: "x" } })) as unknown;
    expect(patched).toEqual({
      alibaba_lyservice_group_group_communication_response: {
        result: { success: true, code: 200, data: { account_type: 3, extra: "x" } },
        request_id: "r1",
      },
    });
  });

  it("leaves an error envelope as it was", () => {
    const refused = JSON.stringify({ error_response: { code: 41, msg: "Invalid arguments", request_id: "r2" } });
    expect(patchResult(refused, { code: 200 })).toBe(refused);
  });

  it("is refused without resultPatch or body, with both, or with a patch before the state change", () => {
    expect(faultSpecSchema.safeParse({ kind: "answer" }).success).toBe(false);
    expect(faultSpecSchema.safeParse({ kind: "answer", phase: "after", resultPatch: {}, body: "{}" }).success).toBe(false);
    const before = faultSpecSchema.safeParse({ kind: "answer", resultPatch: { code: 200 } });
    expect(before.error?.issues[0]?.path).toEqual(["phase"]);
    expect(faultSpecSchema.safeParse({ kind: "answer", phase: "after", resultPatch: { code: 200 } }).success).toBe(true);
    expect(faultSpecSchema.safeParse({ kind: "answer", body: "not json" }).success).toBe(true);
    expect(faultSpecSchema.safeParse({ kind: "error_response", error: { code: "15", msg: "Remote service error" } }).success).toBe(true);
  });
});
