import type { FieldError } from "../../../../contract/errors.ts";
import { ApiError } from "../../lib/api-client.ts";

// A 400 from the BFF lists each bad field by the dotted path of the request body, and so does a 409
// whose conflict is a field's value (a quick reply's title another reply has). Fields the form shows go
// next to that field; the rest (a field the form does not have) go in the form-level alert, so no
// server complaint is ever silently dropped.

/** The statuses whose `fields[]` are the form's to show: the values typed, not the platform, are at fault. */
const fieldStatuses: ReadonlySet<number> = new Set([400, 409]);

export interface SplitFieldErrors {
  inForm: FieldError[];
  elsewhere: FieldError[];
}

export function serverFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || !fieldStatuses.has(error.status)) return [];
  return error.body.fields ?? [];
}

export function splitFieldErrors(
  fields: readonly FieldError[],
  toFieldName: (path: string) => string | undefined,
): SplitFieldErrors {
  const split: SplitFieldErrors = { inForm: [], elsewhere: [] };
  const seen = new Set<string>();
  for (const field of fields) {
    const name = toFieldName(field.path);
    if (name === undefined) {
      split.elsewhere.push(field);
    } else if (!seen.has(name)) {
      // One message per field, the first the server gave, like the browser-side validation.
      seen.add(name);
      split.inForm.push({ ...field, path: name });
    }
  }
  return split;
}
