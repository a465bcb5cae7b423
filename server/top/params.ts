// Each DTO parameter is ONE form field holding the DTO's JSON with the docs' snake_case names.
// Null, undefined and empty-string members are left out (top-protocol.md), at every depth.

export function encodeBusinessParams(params: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const compact = dropEmpty(value);
    if (compact === undefined) continue;
    out[name] = typeof compact === "string" ? compact : JSON.stringify(compact);
  }
  return out;
}

export function dropEmpty(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return undefined;
  if (Array.isArray(value)) return value.map(dropEmpty).filter((v) => v !== undefined);
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, dropEmpty(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}
