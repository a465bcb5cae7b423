import type { SessionView } from "../../../../../contract/api.ts";

// The agents a supervisor can hand a session to, as far as the console knows them: everyone who has a
// session in the supervisor's All lists (the API has no staff directory yet). By display name, with
// the username to tell namesakes apart; the current owner comes first and is marked.

export interface AgentChoice {
  username: string;
  label: string;
}

export function agentChoices(sessions: readonly SessionView[], current: string | undefined): AgentChoice[] {
  const names = new Map<string, string>();
  for (const s of sessions) {
    if (s.agent !== undefined && !names.has(s.agent)) names.set(s.agent, s.agent_name ?? s.agent);
  }
  return [...names]
    .map(([username, name]) => ({ username, label: name === username ? username : `${name} (${username})` }))
    .sort((a, b) => Number(b.username === current) - Number(a.username === current) || a.label.localeCompare(b.label));
}
