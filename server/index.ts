import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { createAuthService } from "./auth/auth-service.ts";
import { createPostgresRateLimiters, memoryRateLimiters, type RateLimiters } from "./auth/rate-limiters.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { type ClosableEventBus, openEventBus } from "./events/open-event-bus.ts";
import { createPostgresPresence } from "./events/postgres-presence.ts";
import { createPresence, type Presence } from "./events/presence.ts";
import { type ExclusiveRuns, runHere } from "./coordination/exclusive-runs.ts";
import { createPostgresExclusiveRuns } from "./coordination/postgres-exclusive-runs.ts";
import { createLogger } from "./logger.ts";
import { createConsoleService } from "./services/console-service.ts";
import { startTop } from "./start-top.ts";
import { ORPHAN_SWEEP_MS } from "./services/bulk-close.ts";
import { INTERRUPTED_SWEEP_MS } from "./services/interrupted-sends.ts";
import { longestCallMs } from "./top/retry-policy.ts";
import { seedDemoData } from "./services/demo-start.ts";
import { openSqlStore } from "./store/sql/sql-store.ts";
import { DatabaseStartupError } from "./store/sql/startup-problem.ts";
import type { Store } from "./store/store.ts";

// Parses configuration, starts the sandbox when no real gateway is configured, listens, and shuts
// down gracefully on SIGTERM/SIGINT (stop taking connections, finish requests, close the store).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  let store: Store;
  try {
    store = await openSqlStore(config.database, {
      onConnectionError: (error) => log.warn({ reason: error.message }, "a PostgreSQL connection broke; the next query reconnects"),
    });
  } catch (error) {
    // Unreachable, refused or not migratable: one line saying where and why, then stop.
    if (error instanceof DatabaseStartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let events: ClosableEventBus;
  try {
    events = await openEventBus(config.database, log);
  } catch (error) {
    if (error instanceof DatabaseStartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  // Auto-close and the heartbeat close: on PostgreSQL other instances may run the same timers.
  const exclusive: ExclusiveRuns =
    config.database.engine === "postgres" ? createPostgresExclusiveRuns(config.database.url, log) : { runExclusive: runHere, close: async () => undefined };

  // Live consoles (routing) and customer pages (heartbeat, stream cap): on PostgreSQL every instance's count.
  const presence: Presence = config.database.engine === "postgres" ? createPostgresPresence(config.database.url, log) : createPresence();

  const top = await startTop(config, log);
  const service = createConsoleService({
    top: top.client,
    store,
    events,
    presence,
    exclusive: exclusive.runExclusive,
    defaults: config.defaults,
    autoClose: config.autoClose,
    bulkCloseMax: config.security.bulkCloseMax,
    longestCallMs: longestCallMs(config.top),
    instanceName: config.instanceName,
  });
  // SQLite has one instance: whatever is pending was this one's last run. On PostgreSQL another instance may
  // be sending right now, so only this instance's earlier run's and what has been pending longer than any
  // call can take are released (and the sweep below releases what a dead instance leaves later).
  const interrupted = await service.interruptedSends.releaseAtStart(config.database.engine === "sqlite");
  if (interrupted > 0) log.warn({ interrupted }, "messages left pending by an interrupted run are now failed and retryable");
  const stopReleasing = service.interruptedSends.start(INTERRUPTED_SWEEP_MS);
  const resumed = await service.bulkClose.resumeOrphaned();
  if (resumed > 0) log.warn({ resumed }, "resuming bulk closes nobody is working on (interrupted by a restart or a stopped instance)");
  const stopSweeping = service.bulkClose.startSweeping(ORPHAN_SWEEP_MS);
  const stopAutoClose = service.autoClose.start(config.autoCloseIntervalMs);
  const stopHeartbeat = service.heartbeat.start(config.visitor.heartbeatMs);
  if (config.mode === "sandbox") {
    const seeded = await seedDemoData({ top: top.client, store, config, exclusive: exclusive.runExclusive });
    if (!seeded.ran) log.info("another instance is seeding the demo data");
    for (const user of seeded.accounts) {
      log.warn({ username: user.username, demoPassword: user.password, role: user.role }, "demo account created (sandbox mode only)");
    }
    if (seeded.conversations > 0) log.info({ conversations: seeded.conversations }, "demo conversations seeded (sandbox mode; DEMO_SEED=false turns this off)");
    if (seeded.quickReplies > 0) log.info({ quickReplies: seeded.quickReplies }, "demo quick replies seeded (sandbox mode; DEMO_SEED=false turns this off)");
  } else {
    const demo = (await store.users.list()).filter((u) => u.demo).map((u) => u.username);
    if (demo.length > 0) {
      log.warn(
        { demoAccounts: demo, dataDir: config.dataDir },
        `this store holds demo accounts from a sandbox run; they cannot sign in in live mode. Remove them: DATA_DIR=${config.dataDir} npm run user -- remove-demo`,
      );
    }
    if ((await store.users.count()) === demo.length) log.warn("no user accounts yet: add one with `npm run user -- add`");
  }
  // Sign-in and visitor limits: on PostgreSQL counted in the database, so every instance counts together.
  const rateLimiters: RateLimiters = config.database.engine === "postgres" ? createPostgresRateLimiters(config.database.url, log) : memoryRateLimiters;
  const auth = createAuthService(store, config.auth, Date.now, rateLimiters);
  const cookie = { secure: config.auth.cookieSecure, maxAgeMs: config.auth.absoluteMs };
  const app = createApp({ config, service, auth, cookie, log, webRoot: path.join(root, "dist", "web"), customer: { store, config: config.visitor }, rateLimiters });

  const server: Server = app.listen(config.port, config.host, () => {
    log.info({ url: `http://${config.host}:${config.port}`, mode: config.mode }, "console listening");
  });
  server.keepAliveTimeout = 65_000;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    stopAutoClose();
    stopHeartbeat();
    stopSweeping();
    stopReleasing();
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(() => {
      void top
        .close()
        .finally(() => events.close())
        .finally(() => presence.close())
        .finally(() => exclusive.close())
        .finally(() => rateLimiters.close())
        .finally(() => store.close())
        .finally(() => {
          clearTimeout(force);
          process.exit(0);
        });
    });
    server.closeIdleConnections();
    // Event streams never go idle: give in-flight requests a moment, then end them too.
    setTimeout(() => server.closeAllConnections(), 1_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
