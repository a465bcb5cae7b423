import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Store } from "../store/store.ts";
import { createSqliteStore } from "../store/sqlite/sqlite-store.ts";

// The engines the store's contract tests run on. Each test gets an empty store of its own. An engine
// with a server starts it once per test file (in the describe block's beforeAll, so a file run with
// the other engine filtered out by name starts nothing) and stops it in afterAll.

export interface StoreEngine {
  /** In every test's name: `npm run test:postgres` selects the PostgreSQL ones by it. */
  name: string;
  start(): Promise<void>;
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
  stop(): Promise<void>;
}

const sqlite: StoreEngine = {
  name: "SQLite",
  async start() {},
  async open() {
    return createSqliteStore(":memory:");
  },
  async stop() {},
};

export const storeEngines: StoreEngine[] = [sqlite];

/** Registers the hooks of one engine's describe block; answers the current test's store. */
export function useStore(engine: StoreEngine): () => Store {
  let store: Store | undefined;
  beforeAll(() => engine.start(), 60_000);
  afterAll(() => engine.stop());
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    // Awaited whatever close() answers: a pooled engine's close is asynchronous.
    await Promise.resolve(store?.close());
    store = undefined;
  });
  return () => {
    if (!store) throw new Error("the store is opened per test: read it inside a test, not at collection");
    return store;
  };
}
