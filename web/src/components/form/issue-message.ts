import type { z } from "zod";

// Validation messages are written in the UI language when they are shown, not when zod runs, so a
// language switch re-translates errors already on screen and the server's `fields[]` (code only) and
// the browser's zod issues go through the same words. zod's per-parse error map records what the
// message needs (code, bounds, expected type) in the message slot; `readIssue` reads it back.

export interface IssueInfo {
  code: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
  expected?: string;
}

const marker = "issue:";

type RawIssue = z.core.$ZodRawIssue;

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "bigint") return Number(value);
  return undefined;
}

/** zod error map (pass as `{ error: encodeIssue }`): keeps what the translated message needs. */
export function encodeIssue(issue: RawIssue): string {
  const info: IssueInfo = { code: issue.code ?? "custom" };
  if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    info.code = "required";
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    info.origin = issue.origin;
    const bound = toNumber(issue.code === "too_small" ? issue.minimum : issue.maximum);
    if (bound !== undefined) info[issue.code === "too_small" ? "minimum" : "maximum"] = bound;
    if (issue.code === "too_small" && issue.origin === "string" && bound === 1) info.code = "required";
  }
  if (issue.code === "invalid_type") info.expected = issue.expected;
  return marker + JSON.stringify(info);
}

/** What a react-hook-form error or a server field error says, as an IssueInfo. */
export function readIssue(error: { type?: string | number; message?: string | undefined }): IssueInfo {
  const message = error.message ?? "";
  if (message.startsWith(marker)) {
    try {
      const parsed: unknown = JSON.parse(message.slice(marker.length));
      if (parsed && typeof parsed === "object" && "code" in parsed && typeof parsed.code === "string") {
        return parsed as IssueInfo;
      }
    } catch {
      // A message that only looks like ours: fall through to the code alone.
    }
  }
  return { code: typeof error.type === "string" && error.type !== "" ? error.type : "unknown" };
}

export type ValidationKey =
  | "required"
  | "invalid_type"
  | "invalid_type_number"
  | "invalid_type_int"
  | "too_small_string"
  | "too_small_number"
  | "too_small"
  | "too_big_string"
  | "too_big_number"
  | "too_big"
  | "invalid_format"
  | "invalid_value"
  | "invalid_union"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_key"
  | "invalid_element"
  | "custom"
  /** A value another record already has (the server's 409, e.g. a quick reply's title). */
  | "duplicate"
  | "unknown";

const plainCodes: ReadonlySet<string> = new Set<ValidationKey>([
  "required",
  "invalid_format",
  "invalid_value",
  "invalid_union",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_key",
  "invalid_element",
  "custom",
  "duplicate",
]);

const lengthOrigins = new Set(["string", "array", "set"]);
const numberOrigins = new Set(["number", "int", "bigint"]);

/** The `validation.*` key and its parameters for an issue. */
export function issueKey(info: IssueInfo): { key: ValidationKey; params: { minimum?: number; maximum?: number } } {
  const { code, minimum, maximum, origin, expected } = info;
  if (code === "invalid_type") {
    if (expected === "number" || expected === "nan") return { key: "invalid_type_number", params: {} };
    if (expected === "int") return { key: "invalid_type_int", params: {} };
    return { key: "invalid_type", params: {} };
  }
  if (code === "too_small" || code === "too_big") {
    const bound = code === "too_small" ? minimum : maximum;
    const name = code === "too_small" ? "minimum" : "maximum";
    if (bound !== undefined && origin !== undefined) {
      if (lengthOrigins.has(origin)) return { key: `${code}_string`, params: { [name]: bound } };
      if (numberOrigins.has(origin)) return { key: `${code}_number`, params: { [name]: bound } };
    }
    return { key: code, params: {} };
  }
  return { key: plainCodes.has(code) ? (code as ValidationKey) : "unknown", params: {} };
}
