import { type BoardFilter, boardFilterSchema } from "../../../../../contract/board.ts";

// The board's filter lives in the URL (`?view=board&idle=30&channel=2&agent=…&source=…`), so a reload
// or a shared link shows the same sessions. Each parameter is checked on its own with the contract's
// schema: one bad value (a hand-edited link) is dropped rather than throwing the whole filter away.

export const filterParams = {
  idle_minutes: "idle",
  channel: "channel",
  agent: "agent",
  session_source: "source",
} as const satisfies Record<keyof BoardFilter, string>;

type FilterKey = keyof typeof filterParams;
export type FilterParamName = (typeof filterParams)[FilterKey];

const keys = Object.keys(filterParams) as FilterKey[];

export function filterFromParams(params: URLSearchParams): BoardFilter {
  const filter: Record<string, unknown> = {};
  for (const key of keys) {
    const raw = params.get(filterParams[key])?.trim();
    // "" would coerce to 0 minutes: an empty parameter means "not set".
    if (raw === undefined || raw === "") continue;
    const parsed = boardFilterSchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filter[key] = parsed.data;
  }
  return boardFilterSchema.parse(filter);
}

/** Every filter parameter, set or removed, ready for setSearchParams. */
export function filterToParams(filter: BoardFilter): Record<FilterParamName, string | undefined> {
  const out = {} as Record<FilterParamName, string | undefined>;
  for (const key of keys) {
    const value = filter[key];
    out[filterParams[key]] = value === undefined ? undefined : String(value);
  }
  return out;
}

/** A stable identity of a filter: equal filters give equal keys whatever their property order. */
export function filterKey(filter: BoardFilter): string {
  return keys.map((key) => `${key}=${filter[key] ?? ""}`).join("&");
}
