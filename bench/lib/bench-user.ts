import { hashPassword } from "../../server/auth/password.ts";
import type { DatabaseConfig } from "../../server/store/sql/database-config.ts";
import { openSqlStore } from "../../server/store/sql/sql-store.ts";

// The account the benchmarks sign in with. With a real gateway the BFF seeds no accounts, so it is
// added to the store before the BFF starts, as `npm run user -- add` would. It only ever exists in a
// throw-away DATA_DIR, so its password is no secret.

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

export async function addUser(dataDir: string, user: BenchUser = benchAgent): Promise<void> {
  await addUserTo({ engine: "sqlite", dataDir }, user);
}

/** The same on either engine (this also migrates a new PostgreSQL database, once). */
export async function addUserTo(database: DatabaseConfig, user: BenchUser): Promise<void> {
  const store = await openSqlStore(database);
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
