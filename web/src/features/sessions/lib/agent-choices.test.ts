import { describe, expect, it } from "vitest";
import type { SessionView } from "../../../../../contract/api.ts";
import { agentChoices } from "./agent-choices.ts";

const session = (sid: string, agent?: string, agent_name?: string): SessionView => ({
  sid,
  status: "open",
  channel: "0",
  channel_uid: `u-${sid}`,
  session_source: "XSpace",
  service_id: "80003",
  bu_id: "100",
  origin: "customer",
  unread_count: 0,
  agent,
  agent_name,
  opened_at: 1,
  last_activity_at: 1,
});

describe("agentChoices", () => {
  it("lists each assigned agent once, by display name, the current owner first; the queue adds no one", () => {
    const choices = agentChoices(
      [session("a", "li", "李雷"), session("b", "han", "韩梅梅"), session("c", "li", "李雷"), session("d"), session("e", "zed")],
      "han",
    );
    expect(choices).toEqual([
      { username: "han", label: "韩梅梅 (han)" },
      { username: "zed", label: "zed" },
      { username: "li", label: "李雷 (li)" },
    ]);
  });
});
