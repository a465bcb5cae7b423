import type { Config } from "../config.ts";
import type { Store } from "../store/store.ts";
import { hashPassword } from "./password.ts";

// Demo mode only (the embedded sandbox): two agents and one supervisor, so a stakeholder can sign in
// on a fresh machine. Their passwords are published in the README and the start-up log on purpose;
// with a real gateway nothing is seeded and accounts come from `npm run user -- add`.

export const demoUsers = [
  { username: "agent", password: "agent-demo-pass", display_name: "演示客服 Demo Agent", role: "agent" as const, operator_id: "demo-agent" },
  {
    username: "supervisor",
    password: "supervisor-demo-pass",
    display_name: "演示主管 Demo Supervisor",
    role: "supervisor" as const,
    operator_id: "demo-supervisor",
  },
  // A second agent, so routing, the Unassigned queue and "two agents take at once" can be shown. Last
  // and not "agent2", which server tests add themselves.
  { username: "agent-2", password: "agent-2-demo-pass", display_name: "演示客服二 Demo Agent 2", role: "agent" as const, operator_id: "demo-agent-2" },
];

/** Seeds the demo accounts into an empty user table; answers which were created. */
export async function seedDemoUsers(store: Store, config: Pick<Config, "mode" | "defaults">, now = Date.now()) {
  if (config.mode !== "sandbox") throw new Error("demo accounts are never seeded with a real gateway");
  if ((await store.users.count()) > 0) return [];
  for (const user of demoUsers) {
    await store.users.add(
      {
        username: user.username,
        display_name: user.display_name,
        role: user.role,
        operator_id: user.operator_id,
        service_id: config.defaults.service_id,
        password_hash: await hashPassword(user.password),
        disabled: false,
        // Marked, so these accounts can never sign in unless the running mode is sandbox.
        demo: true,
      },
      now,
    );
  }
  return demoUsers;
}
