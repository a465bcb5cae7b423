import { hashPassword } from "../../server/auth/password.ts";
import type { DatabaseConfig } from "../../server/store/sql/database-config.ts";
import { openSqlStore } from "../../server/store/sql/sql-store.ts";

// The account the benchmarks sign in with. With a real gateway the BFF seeds no accounts, so it is
// added to the store before the BFF starts, as `npm run user -- add` would. It only ever exists in a
// throw-away DATA_DIR or PostgreSQL cluster, so its password is no secret.

export interface BenchUser {
  username: string;
  password: string;
  role: "agent" | "supervisor";
  operatorId: string;
  serviceId: string;
}

export const benchAgent: BenchUser = {
  username: "bench-agent",
  password: "bench-agent-password",
  role: "agent",
  operatorId: "bench-agent",
  serviceId: "80003",
};

/** `where` is a DATA_DIR (SQLite) or the store's database; the store is migrated first, as the BFF would. */
export async function addUser(where: string | DatabaseConfig, user: BenchUser = benchAgent): Promise<void> {
  const store = await openSqlStore(typeof where === "string" ? { engine: "sqlite", dataDir: where } : where);
  try {
    await store.users.add(
      {
        username: user.username,
        display_name: user.username,
        role: user.role,
        operator_id: user.operatorId,
        service_id: user.serviceId,
        password_hash: await hashPassword(user.password),
        disabled: false,
        demo: false,
      },
      Date.now(),
    );
  } finally {
    await store.close();
  }
}
