import { autoClosePolicySchema } from "../../../contract/board.ts";
import type { SettingsRepo } from "../store.ts";
import type { Db } from "./database.ts";

const policyKey = "auto_close_policy";

export function createSettingsRepo(db: Db): SettingsRepo {
  return {
    async autoClosePolicy() {
      const row = await db.selectFrom("settings").select("value").where("key", "=", policyKey).executeTakeFirst();
      if (!row) return undefined;
      // A policy another version wrote that this one cannot read falls back to the configured default.
      const parsed = autoClosePolicySchema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : undefined;
    },
    async setAutoClosePolicy(policy) {
      await db
        .insertInto("settings")
        .values({ key: policyKey, value: JSON.stringify(policy) })
        .onConflict((oc) => oc.column("key").doUpdateSet((eb) => ({ value: eb.ref("excluded.value") })))
        .execute();
    },
  };
}
