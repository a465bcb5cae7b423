import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createGroupTicketBodySchema } from "../../../../contract/api.ts";
import { lySessionSourceDtoSchema } from "../../../../contract/top-dtos.ts";
import { encodeIssue, issueKey, readIssue } from "./issue-message.ts";

function firstIssue(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { error: encodeIssue });
  if (result.success) throw new Error("expected a failure");
  const [issue] = result.error.issues;
  if (!issue) throw new Error("no issue");
  return issueKey(readIssue({ type: issue.code, message: issue.message }));
}

describe("validation messages", () => {
  it("reports a missing or empty required string as required", () => {
    const channelUid = lySessionSourceDtoSchema.shape.channel_uid;
    expect(firstIssue(channelUid, undefined)).toEqual({ key: "required", params: {} });
    expect(firstIssue(channelUid, "")).toEqual({ key: "required", params: {} });
  });

  it("keeps length and number bounds for the message", () => {
    expect(firstIssue(z.string().min(3), "ab")).toEqual({ key: "too_small_string", params: { minimum: 3 } });
    expect(firstIssue(z.string().max(2), "abc")).toEqual({ key: "too_big_string", params: { maximum: 2 } });
    expect(firstIssue(z.number().int().nonnegative(), -1)).toEqual({ key: "too_small_number", params: { minimum: 0 } });
  });

  it("tells a number that is not a number apart from other type errors", () => {
    expect(firstIssue(z.number(), Number.NaN)).toEqual({ key: "invalid_type_number", params: {} });
    expect(firstIssue(z.number().int(), 1.5)).toEqual({ key: "invalid_type_int", params: {} });
    expect(firstIssue(z.string(), 5)).toEqual({ key: "invalid_type", params: {} });
  });

  it("asks for a choice when an enum value is wrong", () => {
    expect(firstIssue(z.enum(["0", "1"]), "9")).toEqual({ key: "invalid_value", params: {} });
    expect(firstIssue(z.enum(["0", "1"]), undefined)).toEqual({ key: "required", params: {} });
  });

  it("falls back to the code when the schema wrote its own English message", () => {
    expect(firstIssue(createGroupTicketBodySchema.shape.case_id, "12a")).toEqual({ key: "invalid_format", params: {} });
  });

  it("translates a server field error by its code", () => {
    expect(issueKey(readIssue({ type: "required", message: "Required" }))).toEqual({ key: "required", params: {} });
    expect(issueKey(readIssue({ type: "too_small", message: "Too small" }))).toEqual({ key: "too_small", params: {} });
    expect(issueKey(readIssue({ type: "something_new", message: "?" }))).toEqual({ key: "unknown", params: {} });
    expect(issueKey(readIssue({ type: "x", message: "issue:{broken" }))).toEqual({ key: "unknown", params: {} });
  });
});
