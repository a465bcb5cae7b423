// The "answer" fault's result patch: the call's real answer with its `result` changed by a JSON merge
// patch (RFC 7396), so a test meets an odd but successful envelope for a call whose state did change
// (a numeric code, an unknown field, a missing group_link…). An answer that is not a success envelope
// (the call was refused) is left as it was.

export function patchResult(answer: string, patch: Record<string, unknown>): string {
  const json: unknown = JSON.parse(answer);
  if (!isObject(json)) return answer;
  const key = Object.keys(json).find((k) => k.endsWith("_response") && k !== "error_response");
  const inner = key === undefined ? undefined : json[key];
  if (key === undefined || !isObject(inner)) return answer;
  return JSON.stringify({ ...json, [key]: { ...inner, result: mergePatch(inner.result, patch) } });
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete result[name];
    else result[name] = mergePatch(result[name], value);
  }
  return result;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
