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
    expect(error.isProviderFault).toBe(false);
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

  it("calls garbled bodies and foreign JSON transport failures", () => {
    expect(failure('{"alibaba_lyservice').kind).toBe("transport");
    expect(failure('{"something_else":{}}').kind).toBe("transport");
    // The right key, but a result that does not match the declared schema.
    expect(failure('{"alibaba_lyservice_lippi_session_close_response":{"result":{"success":"yes"}}}').kind).toBe(
      "transport",
    );
  });
});
