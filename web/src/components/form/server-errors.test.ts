import { describe, expect, it } from "vitest";
import { createSessionBodySchema } from "../../../../contract/api.ts";
import { lyCreateSessionDtoSchema } from "../../../../contract/top-dtos.ts";
import { ApiError } from "../../lib/api-client.ts";
import { isRequiredField, schemaAt } from "./schema-paths.ts";
import { serverFieldErrors, splitFieldErrors } from "./server-errors.ts";

describe("schema paths", () => {
  it("finds nested fields and rejects unknown ones", () => {
    expect(schemaAt(createSessionBodySchema, "source.channel_uid")).toBeDefined();
    expect(schemaAt(createSessionBodySchema, "target.production_type")).toBeDefined();
    expect(schemaAt(createSessionBodySchema, "source.nope")).toBeUndefined();
    expect(schemaAt(createSessionBodySchema, "source.channel_uid.deeper")).toBeUndefined();
  });

  it("marks exactly the TOP DTO's required fields as required", () => {
    const required = ["source.channel_uid", "source.channel", "source.sid", "target.service_id", "target.bu_id"];
    for (const path of required) expect(isRequiredField(lyCreateSessionDtoSchema, path), path).toBe(true);
    for (const path of ["source.summary", "source.session_status", "target.production_type", "target.corp_id"]) {
      expect(isRequiredField(lyCreateSessionDtoSchema, path), path).toBe(false);
    }
    // The BFF fills these from configuration, so its body schema leaves them optional.
    expect(isRequiredField(createSessionBodySchema, "target.bu_id")).toBe(false);
  });
});

describe("server field errors", () => {
  const fields = [
    { path: "source.channel_uid", code: "too_small", message: "Too small" },
    { path: "source.channel_uid", code: "invalid_type", message: "second complaint, same field" },
    { path: "ly_ding_open_para_dto.org_id", code: "invalid_type", message: "Expected number" },
  ];

  it("reads fields only from a 400 or a 409", () => {
    expect(serverFieldErrors(new ApiError(400, { code: "validation_failed", message: "bad", fields }))).toHaveLength(3);
    expect(serverFieldErrors(new ApiError(409, { code: "conflict", message: "taken", fields }))).toHaveLength(3);
    expect(serverFieldErrors(new ApiError(409, { code: "conflict", message: "taken" }))).toEqual([]);
    expect(serverFieldErrors(new ApiError(422, { code: "top_rejected", message: "no", fields }))).toEqual([]);
    expect(serverFieldErrors(new Error("x"))).toEqual([]);
  });

  it("puts each field the form has next to it once, and keeps the rest for the form alert", () => {
    const shown = new Set(["source.channel_uid"]);
    const split = splitFieldErrors(fields, (path) => (shown.has(path) ? path : undefined));
    expect(split.inForm).toEqual([{ path: "source.channel_uid", code: "too_small", message: "Too small" }]);
    expect(split.elsewhere.map((f) => f.path)).toEqual(["ly_ding_open_para_dto.org_id"]);
  });

  it("renames a body path to the form's field name", () => {
    const split = splitFieldErrors([{ path: "group_customer_case_request.case_id", code: "x", message: "" }], (p) =>
      p.replace(/^group_customer_case_request\./, ""),
    );
    expect(split.inForm[0]?.path).toBe("case_id");
  });
});
