import type { Kysely } from "kysely";
import type { AccountTables } from "./tables-accounts.ts";
import type { CoreTables } from "./tables-core.ts";
import type { OperationTables } from "./tables-operations.ts";

// The whole schema as Kysely sees it, composed from one table-types file per area so each area's
// owner edits only their own file.

export interface Database extends CoreTables, AccountTables, OperationTables {}

export type Db = Kysely<Database>;

/** Which engine a Kysely instance talks to: the few queries whose SQL differs ask this. */
export type Engine = "sqlite" | "postgres";
