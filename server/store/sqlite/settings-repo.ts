import type { Database } from "better-sqlite3";
import { autoClosePolicySchema } from "../../../contract/board.ts";
import type { SettingsRepo } from "../store.ts";

export function createSettingsRepo(db: Database): SettingsRepo {
  const get = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
  const put = db.prepare(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  return {
    async autoClosePolicy() {
      const row = get.get("auto_close_policy");
      if (!row) return undefined;
      const parsed = autoClosePolicySchema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : undefined;
    },
    async setAutoClosePolicy(policy) {
      put.run("auto_close_policy", JSON.stringify(policy));
    },
  };
}
