import type { Router } from "express";

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
