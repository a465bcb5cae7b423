import type { z } from "zod";
import type { FieldError } from "../../contract/errors.ts";
import { DomainError } from "./domain-error.ts";

// Bad input, named field by field (dotted paths into the body, as the forms name them), so the
// console can show each message beside its field in the user's language.

export function fieldErrors(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] =>
    // zod names an unknown key on its object; each one gets its own path so the 400 names the field.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          path: [...prefix, ...issue.path, key].map(String).join("."),
          code: "unrecognized_keys",
          message: "not a field of this request; leave it out",
        }))
      : [fieldError(issue, prefix)],
  );
}

function fieldError(issue: z.core.$ZodIssue, prefix: ReadonlyArray<PropertyKey>): FieldError {
  return {
    path: [...prefix, ...issue.path].map(String).join("."),
    // zod reports a missing field as invalid_type "received undefined"; the UI says "required".
    code: issue.code === "invalid_type" && / received undefined$/.test(issue.message) ? "required" : issue.code,
    message: issue.message,
  };
}

export function invalidInput(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): DomainError {
  const fields = fieldErrors(error, prefix);
  const summary = fields.map((f) => `${f.path || "(body)"}: ${f.message}`).join("; ");
  return new DomainError("invalid_input", `Invalid request: ${summary}`, { fields });
}
