import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "./sandbox.ts";
import { callTop, errorOf, methods, resultOf, sampleDtos, startTestSandbox } from "./top-test-client.ts";

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  await callTop(sandbox.url, { method: methods.create, business: sampleDtos.create("s-1") });
});
afterAll(() => sandbox.close());

const message = sampleDtos.send("s-1", "m-1");
const withMessage = (fields: Record<string, unknown>) => ({ ...message, ly_open_message_dto: { ...message.ly_open_message_dto, ...fields } });
const created = sampleDtos.create("s-2").ly_create_session_dto;

describe("missing business parameters → 40 isv.missing-parameter naming the path", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["the whole DTO", "ly_open_message_dto", { ly_ding_open_para_dto: {} }],
    ["a required field", "ly_open_message_dto.content", withMessage({ content: undefined })],
    ["a field sent as JSON null", "ly_open_message_dto.sid", withMessage({ sid: null })],
    ["a nested field", "ly_create_session_dto.source.sid", { ly_create_session_dto: { ...created, source: { ...created.source, sid: undefined } } }],
  ])("%s", async (_label, path, business) => {
    const method = path.startsWith("ly_create") ? methods.create : methods.send;
    const error = errorOf(await callTop(sandbox.url, { method, business }));
    expect(error).toMatchObject({ code: 40, msg: "Missing required arguments", sub_code: "isv.missing-parameter" });
    expect(error.sub_msg).toContain(path);
  });
});

describe("invalid business parameters → 41 isv.invalid-parameter naming the path", () => {
  it.each<[string, string, Record<string, unknown>]>([
    ["an unknown content_type", "ly_open_message_dto.content_type", withMessage({ content_type: 99 })],
    ["a DTO that is not JSON", "ly_open_message_dto", { ...message, ly_open_message_dto: "{content:" }],
    ["a DTO that is JSON but not an object", "ly_open_message_dto", { ...message, ly_open_message_dto: "[1]" }],
    ["a number where a string id belongs", "ly_open_message_dto.message_id", withMessage({ message_id: 768572312 })],
    ["an unknown channel", "ly_create_session_dto.source.channel", { ly_create_session_dto: { ...created, source: { ...created.source, channel: "9" } } }],
  ])("%s", async (_label, path, business) => {
    const method = path.startsWith("ly_create") ? methods.create : methods.send;
    const error = errorOf(await callTop(sandbox.url, { method, business }));
    expect(error).toMatchObject({ code: 41, msg: "Invalid arguments", sub_code: "isv.invalid-parameter" });
    expect(error.sub_msg).toContain(path);
  });
});

it("lists the accepted values of an enum-like field", async () => {
  const error = errorOf(await callTop(sandbox.url, { method: methods.send, business: withMessage({ content_type: 99 }) }));
  expect(error.sub_msg).toContain("ly_open_message_dto.content_type: expected one of 1, 2, 3");
});

it("ignores unknown extra fields, as the platform's deserialiser does", async () => {
  const reply = await callTop(sandbox.url, { method: methods.send, business: withMessage({ message_id: "m-x", future_field: 1 }) });
  expect(resultOf(reply, methods.send)).toMatchObject({ success: true });
});
