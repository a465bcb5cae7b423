import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { responseKey } from "../../contract/top-calls.ts";
import { groupCommunicationResultSchema } from "../../contract/top-results.ts";
import { signMethods } from "../top/sign.ts";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, methods, resultOf, sampleDtos, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.state.reset());

describe.each(signMethods)("a valid call signed with %s", (signMethod) => {
  it("runs the five calls in a session's life", async () => {
    const create = await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-1"), signMethod });
    expect(resultOf(create, methods.create)).toEqual({ success: true, code: "200", data: "s-1" });

    const send = await callTop(sandbox.url, { method: methods.send, business: sampleDtos.send("s-1", "m-1"), signMethod });
    expect(resultOf(send, methods.send)).toMatchObject({ success: true, code: "200", data: expect.stringMatching(/^\d+$/) });

    const close = await callTop(sandbox.url, { method: methods.close, business: sampleDtos.close("s-1"), signMethod });
    expect(resultOf(close, methods.close)).toEqual({ success: true, code: "200" });

    const group = await callTop(sandbox.url, { method: methods.group, business: {}, signMethod });
    const { data } = groupCommunicationResultSchema.parse(resultOf(group, methods.group));
    const created = sandbox.state.groupByTeamId(data?.team_group_id ?? "");
    expect(created).toBeDefined();

    const ticket = await callTop(sandbox.url, {
      method: methods.ticket,
      signMethod,
      business: {
        group_customer_case_request: {
          user_identify: created?.userIdentify,
          case_id: "396743391396743391",
          tenant_id: created?.tenantId,
          open_conversation_id: created?.openConversationId,
        },
      },
    });
    expect(resultOf(ticket, methods.ticket)).toMatchObject({ success: true, code: "200" });
    expect(sandbox.state.snapshot().totals).toMatchObject({ sessions: 1, distinctMessages: 1, closes: 1, groups: 1, tickets: 1 });
  });
});

describe("the success envelope", () => {
  it("is exactly the method's response key holding result and request_id", async () => {
    const reply = await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-env") });
    expect(reply.status).toBe(200);
    expect(Object.keys(reply.body as object)).toEqual([responseKey(methods.create)]);
    expect(reply.body).toEqual({
      alibaba_lyservice_lippi_session_create_response: {
        result: { success: true, code: "200", data: "s-env" },
        request_id: expect.stringMatching(/^[0-9a-z]+$/),
      },
    });
  });
});

describe("parameter transport", () => {
  it.each(["get", "split"] as const)("accepts parameters sent by %s", async (transport) => {
    const reply = await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-t"), transport });
    expect(resultOf(reply, methods.create)).toMatchObject({ success: true });
  });

  it("keeps UTF-8 content intact through the form encoding and the signature", async () => {
    await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-u") });
    const content = "你好 + 世界 & a=b %20 😀";
    await callTop(sandbox.url, { method: methods.send, business: sampleDtos.send("s-u", "m-u", content) });
    expect(sandbox.state.message("s-u", "m-u")?.content).toBe(content);
  });
});
