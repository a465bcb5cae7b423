import { describe, expect, it } from "vitest";
import { closeSessionResultSchema, groupCommunicationResultSchema } from "../../contract/top-results.ts";
import { parseEnvelope } from "./envelope.ts";
import { TopError } from "./top-error.ts";

const close = "alibaba.lyservice.lippi.session.close";

function failure(body: string, method = close) {
  try {
    parseEnvelope(method, closeSessionResultSchema, body);
  } catch (e) {
    if (e instanceof TopError) return e;
    throw e;
  }
  throw new Error("expected a TopError");
}

describe("parseEnvelope", () => {
  it("returns the result and request id of a success envelope", () => {
    const body = JSON.stringify({
      alibaba_lyservice_lippi_session_close_response: { result: { success: true, code: "200" }, request_id: "r1" },
    });
    expect(parseEnvelope(close, closeSessionResultSchema, body)).toEqual({
      result: { success: true, code: "200" },
      requestId: "r1",
    });
  });

  it("treats result.success=false as a business failure with its code and msg (seed example)", () => {
    const body = JSON.stringify({
      alibaba_lyservice_lippi_session_close_response: {
        result: { msg: "SYSTEM_ERROR", code: "400001", success: false },
        request_id: "r2",
      },
    });
    const error = failure(body);
    expect(error.kind).toBe("business");
    expect(error.detail).toEqual({ code: "400001", msg: "SYSTEM_ERROR", request_id: "r2" });
  });

  it("parses the gateway error envelope with sub codes", () => {
    const body = JSON.stringify({
      error_response: { code: 50, msg: "Remote service error", sub_code: "isv.invalid-parameter", sub_msg: "非法参数", request_id: "r3" },
    });
    const error = failure(body);
    expect(error.kind).toBe("gateway");
    expect(error.detail).toEqual({
      code: "50",
      msg: "Remote service error",
      sub_code: "isv.invalid-parameter",
      sub_msg: "非法参数",
      request_id: "r3",
    });
    expect(error.failure).toBe("caller_fault");
  });

  it("parses the nested data of group.communication (seed example)", () => {
    const method = "alibaba.lyservice.group.group.communication";
    const body = JSON.stringify({
      alibaba_lyservice_group_group_communication_response: {
        result: {
          msg: "123",
          code: "200",
          success: true,
          data: { group_link: "dingtalk://x", group_qr_code: "https://q.json", account_type: 1, team_group_id: "123" },
        },
      },
    });
    expect(parseEnvelope(method, groupCommunicationResultSchema, body).result.data?.account_type).toBe(1);
  });

  it("calls a body cut short a transport failure, and JSON it cannot read unreadable (never resent)", () => {
    expect(failure('{"alibaba_lyservice').kind).toBe("transport");
    expect(failure('{"something_else":{}}').kind).toBe("unreadable");
    // The right key, but no success flag anyone can read: the request_id and code are still kept.
    const error = failure('{"alibaba_lyservice_lippi_session_close_response":{"result":{"success":"yes","code":200},"request_id":"r9"}}');
    expect(error.kind).toBe("unreadable");
    expect(error.failure).toBe("unreadable");
    expect(error.detail).toEqual({ code: "200", request_id: "r9" });
  });

  it("accepts a success whose fields have unexpected types, keeping unknown fields", () => {
    const body = JSON.stringify({
      alibaba_lyservice_lippi_session_close_response: { result: { success: true, code: 200, msg: 7, trace: { a: 1 } }, request_id: "r4" },
    });
    expect(parseEnvelope(close, closeSessionResultSchema, body)).toEqual({
      result: { success: true, code: "200", msg: "7", trace: { a: 1 } },
      requestId: "r4",
    });
  });

  it("reads group data with any account_type, a numeric team id and no group_link", () => {
    const method = "alibaba.lyservice.group.group.communication";
    const body = JSON.stringify({
      alibaba_lyservice_group_group_communication_response: {
        result: { success: "true", code: "200", data: { account_type: "3", team_group_id: 123, group_qr_code: ["odd"] } },
        request_id: "r5",
      },
    });
    const { result } = parseEnvelope(method, groupCommunicationResultSchema, body);
    expect(result.data).toEqual({ account_type: 3, team_group_id: "123" });
  });

  it("reads an error_response whose code is a JSON string, keeping sub_code and sub_msg", () => {
    const body = JSON.stringify({
      error_response: { code: "15", msg: "Remote service error", sub_code: "isp.unknown-error", sub_msg: "稍后再试", request_id: "r6" },
    });
    const error = failure(body);
    expect(error.kind).toBe("gateway");
    expect(error.detail).toEqual({ code: "15", msg: "Remote service error", sub_code: "isp.unknown-error", sub_msg: "稍后再试", request_id: "r6" });
    expect(error.failure).toBe("provider_fault");
  });
});
