import type { DefaultValues } from "react-hook-form";
import type { ConsoleConfig } from "../../../../../contract/api.ts";
import type { NewSessionValues } from "./new-session-schema.ts";

// The "New session" form starts from the console's configured defaults (GET /api/config) and a fresh
// sid. A blank default stays unset, so the field shows empty rather than an empty string that the
// DTO's min-length rule would reject.

const present = <T,>(value: T | undefined | ""): T | undefined => (value === "" ? undefined : value);

export function newSessionDefaults(
  config: ConsoleConfig | undefined,
  sid: string,
): DefaultValues<NewSessionValues> {
  const d = config?.defaults;
  return {
    source: { sid, session_source: present(d?.session_source) },
    target: { bu_id: present(d?.bu_id) },
  };
}
