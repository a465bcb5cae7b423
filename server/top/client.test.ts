import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningSandbox, startSandbox } from "../sandbox/sandbox.ts";
import { TopClient, type TopClientOptions } from "./client.ts";
import { signMethods } from "./sign.ts";
import { TopError } from "./top-error.ts";

// The real client against the real sandbox gateway over HTTP.
const appKey = "10000001";
const appSecret = "client-test-secret";
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ appKey, appSecret });
});
afterAll(() => sandbox.close());

const client = (options: Partial<TopClientOptions> = {}) =>
  new TopClient({
    gatewayUrl: sandbox.url,
    appKey,
    appSecret,
    signMethod: "hmac-sha256",
    timeoutMs: 1_000,
    maxAttempts: 3,
    retryBaseMs: 1,
    ...options,
  });

const createParams = (sid: string) => ({
  ly_create_session_dto: {
    source: { sid, session_source: "XSpace", channel_uid: "u1", channel: "0" as const },
    target: { session_source: "XSpace", service_id: "80003", bu_id: "100" },
  },
});

async function failure(promise: Promise<unknown>): Promise<TopError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TopError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("TopClient against the sandbox gateway", () => {
  it.each(signMethods)("is accepted with sign_method %s", async (signMethod) => {
    const { result, requestId, attempts } = await client({ signMethod }).call("createSession", createParams(`s-${signMethod}`));
    expect(result).toMatchObject({ success: true, data: `s-${signMethod}` });
    expect(requestId).toMatch(/.+/);
    expect(attempts).toBe(1);
  });

  it("is refused with code 25 when signed with the wrong secret, and does not retry", async () => {
    const error = await failure(client({ appSecret: "wrong" }).call("createSession", createParams("s-wrong")));
    expect(error.kind).toBe("gateway");
    expect(error.detail.code).toBe("25");
    expect(error.attempts).toBe(1);
    expect(error.message).not.toContain("wrong");
  });

  it("is refused with code 31 when its clock is 11 minutes off", async () => {
    const skewed = () => new Date(Date.now() - 11 * 60_000);
    const error = await failure(client({ now: skewed }).call("createSession", createParams("s-skew")));
    expect(error.detail.code).toBe("31");
  });

  it("retries a provider fault and succeeds", async () => {
    sandbox.faults.add({ kind: "error_response", error: { code: 15, msg: "Remote service error", sub_code: "isp.remote-service-timeout" }, times: 2 });
    const { attempts } = await client().call("createSession", createParams("s-isp"));
    expect(attempts).toBe(3);
  });

  it("retries a timed-out send once with the same message_id: delivered exactly once", async () => {
    await client().call("createSession", createParams("s-timeout"));
    sandbox.faults.add({ method: "alibaba.lyservice.lippi.message.send", kind: "latency", phase: "after", latencyMs: 400, times: 1 });
    const send = {
      ly_ding_open_para_dto: { token_grant_type: 0 as const },
      ly_open_message_dto: { message_id: "m-timeout", sid: "s-timeout", content: "你好", content_type: 1 as const, session_source: "XSpace", bu_id: "100" },
    };
    const { attempts } = await client({ timeoutMs: 200 }).call("sendMessage", send);
    expect(attempts).toBe(2);
    expect(sandbox.state.message("s-timeout", "m-timeout")?.deliveries).toBe(2);
    expect(sandbox.state.allMessages().filter((m) => m.messageId === "m-timeout")).toHaveLength(1);
  });

  it("never retries group.communication after a timeout (no id to de-duplicate on)", async () => {
    sandbox.faults.add({ method: "alibaba.lyservice.group.group.communication", kind: "latency", latencyMs: 400, times: 1 });
    const error = await failure(client({ timeoutMs: 150 }).call("groupCommunication", {}));
    expect(error.kind).toBe("timeout");
    expect(error.attempts).toBe(1);
  });

  it("reports a garbled body and a dropped connection as transport failures", async () => {
    sandbox.faults.add({ kind: "garbled", times: 2 });
    expect((await failure(client().call("createSession", createParams("s-garbled")))).kind).toBe("transport");
    sandbox.faults.add({ kind: "drop", times: 2 });
    expect((await failure(client().call("createSession", createParams("s-drop")))).kind).toBe("transport");
    sandbox.faults.add({ kind: "http_status", status: 502, times: 2 });
    const http = await failure(client().call("createSession", createParams("s-502")));
    expect(http.httpStatus).toBe(502);
  });

  it("reports a refused connection without having sent anything", async () => {
    const error = await failure(client({ gatewayUrl: "http://127.0.0.1:9/router/rest", maxAttempts: 2 }).call("groupCommunication", {}));
    expect(error.kind).toBe("transport");
    expect(error.sent).toBe(false);
    expect(error.attempts).toBe(2);
  });
});
