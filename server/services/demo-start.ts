import { seedDemoUsers } from "../auth/demo-users.ts";
import type { Config } from "../config.ts";
import type { RunExclusive } from "../coordination/exclusive-runs.ts";
import type { Store } from "../store/store.ts";
import type { TopCaller } from "./audited-top.ts";
import { seedDemoQuickReplies } from "./demo-quick-replies.ts";
import { seedDemoConversations } from "./demo-seed.ts";

// Sandbox mode's demo data on an empty store: accounts, then (unless DEMO_SEED=false) conversations and
// quick replies. Each seeder looks for an empty table first, but two instances starting together on one
// empty PostgreSQL database would both find it empty and both seed (the second's accounts failing on
// their unique names, its conversations doubling the first's). So the look and the seeding run under
// one lock: an instance that finds it taken skips, since the holder is seeding the same database.

export interface DemoSeeded {
  /** false: another instance held the lock and is doing the seeding. */
  ran: boolean;
  accounts: Awaited<ReturnType<typeof seedDemoUsers>>;
  conversations: number;
  quickReplies: number;
}

interface DemoStartDeps {
  top: TopCaller;
  store: Store;
  config: Pick<Config, "mode" | "defaults"> & { visitor: Pick<Config["visitor"], "demoSeed"> };
  exclusive: RunExclusive;
}

export async function seedDemoData({ top, store, config, exclusive }: DemoStartDeps): Promise<DemoSeeded> {
  const pass = await exclusive("demo-seed", async () => {
    const accounts = await seedDemoUsers(store, config);
    if (!config.visitor.demoSeed) return { accounts, conversations: 0, quickReplies: 0 };
    const conversations = await seedDemoConversations({ top, store, defaults: config.defaults });
    return { accounts, conversations, quickReplies: await seedDemoQuickReplies(store) };
  });
  return pass.ran ? { ran: true, ...pass.value } : { ran: false, accounts: [], conversations: 0, quickReplies: 0 };
}
