import type { Router } from "express";
import pino from "pino";
import { createApiRouter } from "../app.ts";
import { createAuthService } from "../auth/auth-service.ts";
import { loadConfig } from "../config.ts";
import { createConsoleService } from "../services/console-service.ts";
import { connectSqlite } from "../store/sql/open-sql-database.ts";
import { createSqlStore } from "../store/sql/sql-store.ts";

export interface RouteInfo {
  method: string;
  path: string;
}

interface Layer {
  handle?: { stack?: Layer[] };
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route of a router and the routers mounted in it (all of ours are mounted at its root). */
export function listRoutes(router: Router, prefix = "/api"): RouteInfo[] {
  const walk = (stack: Layer[]): RouteInfo[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const { path, methods } = layer.route;
        return Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: `${prefix}${path}` }));
      }
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as unknown as { stack: Layer[] }).stack);
}

/** A concrete URL for a route pattern: each :param becomes a placeholder value. */
export const concretePath = (path: string) => path.replace(/:(\w+)/g, "x-$1");

/**
 * Every route of the real API router, so a route added later is covered by the tests that walk
 * them. The router is only enumerated, never called.
 */
export function apiRoutes(): RouteInfo[] {
  // Never queried (the router is only enumerated), so an unmigrated in-memory database does.
  const db = connectSqlite(":memory:");
  const store = createSqlStore({ db, engine: "sqlite", close: () => db.destroy() });
  const config = loadConfig({});
  const routes = listRoutes(
    createApiRouter({
      config,
      service: createConsoleService({ top: { call: () => Promise.reject(new Error("unused")) }, store, defaults: config.defaults }),
      auth: createAuthService(store, config.auth),
      cookie: { secure: false, maxAgeMs: 1 },
      log: pino({ level: "silent" }),
      customer: { store, config: config.visitor },
    }),
  );
  void store.close();
  return routes;
}
