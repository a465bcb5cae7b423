import type { FieldError } from "../../../../contract/errors.ts";
import { ApiError } from "../../lib/api-client.ts";

// A 400 from the BFF lists each bad field by the dotted path of the request body. Fields the form
// shows go next to that field; the rest (a field the form does not have) go in the form-level alert,
// so no server complaint is ever silently dropped.

export interface SplitFieldErrors {
  inForm: FieldError[];
  elsewhere: FieldError[];
}

export function serverFieldErrors(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
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
