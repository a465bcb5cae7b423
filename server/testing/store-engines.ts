import { openSqlStore } from "../store/sql/sql-store.ts";
import type { Store } from "../store/store.ts";
import { type EngineUnderTest, enginesUnderTest, useEngine } from "./engines-under-test.ts";

// The engines the store's contract tests run on; each test gets an empty store of its own.

export type StoreEngine = EngineUnderTest<Store>;

export const storeEngines: StoreEngine[] = enginesUnderTest("store", (config) => openSqlStore(config));

/** Registers one engine's hooks in the calling describe block; answers the current test's store. */
export const useStore: (engine: StoreEngine) => () => Store = useEngine;
