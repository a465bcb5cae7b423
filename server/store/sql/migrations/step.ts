import type { Kysely } from "kysely";
import type { Database, Engine } from "../database.ts";

/** One schema version: run once, in order, in a transaction, on either engine. Never edit a released step. */
export type MigrationStep = (db: Kysely<Database>, engine: Engine) => Promise<void>;
