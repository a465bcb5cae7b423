import type { z } from "zod";
import { topError, type TopError } from "./top-envelopes.ts";

// Business parameters as the gateway sees them: each DTO is one form field holding JSON. Errors name
// the field path (`ly_open_message_dto.content`) so a client developer knows what to fix: a value
// that is absent is "missing" (40), a value that is there but wrong is "invalid" (41).

export type ParamsOutcome<T> = { ok: true; value: T } | { ok: false; error: TopError };

type Issue = z.core.$ZodIssue;

export function parseBusinessParams<P extends z.ZodObject>(
  schema: P,
  params: Record<string, string>,
): ParamsOutcome<z.infer<P>> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const raw = params[key];
    if (raw === undefined) continue;
    try {
      input[key] = JSON.parse(raw);
    } catch {
      return { ok: false, error: invalid(`${key}: not valid JSON`) };
    }
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };

  // A JSON null is how some SDKs serialise an unset field: the platform reads it as absent.
  const isMissing = (issue: Issue) => valueAt(input, issue.path) == null;
  const missing = parsed.error.issues.filter(isMissing);
  if (missing.length > 0) {
    const paths = missing.map((issue) => pathText(issue.path)).join(", ");
    return { ok: false, error: topError(40, `missing required argument ${paths}`, "isv.missing-parameter") };
  }
  const details = parsed.error.issues.map((issue) => `${pathText(issue.path)}: ${describe(issue)}`).join("; ");
  return { ok: false, error: invalid(details) };
}

function invalid(subMsg: string): TopError {
  return topError(41, `invalid argument ${subMsg}`, "isv.invalid-parameter");
}

/** zod's message for a union of literals is a bare "Invalid input": list the accepted values instead. */
function describe(issue: Issue): string {
  if (issue.code !== "invalid_union") return issue.message;
  const values = issue.errors.flat().flatMap((inner) => (inner.code === "invalid_value" ? inner.values : []));
  return values.length > 0 ? `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}` : issue.message;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
