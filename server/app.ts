import { existsSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import type { AuthService } from "./auth/auth-service.ts";
import { cspSources } from "../contract/media-hosts.ts";
import type { Config } from "./config.ts";
import type { SecurityConfig } from "./config-security.ts";
import { requireUser, sameOriginOnly } from "./http/auth-middleware.ts";
import { errorHandler, notFound } from "./http/error-handler.ts";
import { requestContext } from "./http/request-context.ts";
import { authRoutes, type CookiePolicy, meRoutes } from "./http/routes/auth-routes.ts";
import { boardRoutes } from "./http/routes/board-routes.ts";
import { eventsRoutes } from "./http/routes/events-routes.ts";
import { groupsRoutes } from "./http/routes/groups-routes.ts";
import { messagesRoutes } from "./http/routes/messages-routes.ts";
import { configRoute, healthRoute } from "./http/routes/meta-routes.ts";
import { sessionsRoutes } from "./http/routes/sessions-routes.ts";
import { quickRepliesRoutes } from "./http/routes/quick-replies-routes.ts";
import type { ConsoleService } from "./services/console-service.ts";
import type { VisitorConfig } from "./config-visitor.ts";
import type { Store } from "./store/store.ts";
import { chatPageRoutes } from "./http/routes/chat-page-routes.ts";
import { sandboxDemoRoutes } from "./http/routes/sandbox-demo-routes.ts";
import { visitorEventsRoutes } from "./http/routes/visitor-events-routes.ts";
import { visitorRoutes } from "./http/routes/visitor-routes.ts";
import { createVisitorLimits } from "./visitor/visitor-limits.ts";
import type { RateLimiters } from "./auth/rate-limiters.ts";
import { visitorIdentity } from "./visitor/visitor-identity.ts";
import { createVisitorRelay } from "./visitor/visitor-relay.ts";

export interface AppDeps {
  config: Pick<Config, "mode" | "defaults"> & { security?: Partial<SecurityConfig> | undefined };
  service: ConsoleService;
  auth: AuthService;
  cookie: CookiePolicy;
  log: Logger;
  /** The built web app (dist/web); served with an SPA fallback when present. */
  webRoot?: string | undefined;
  version?: string;
  /** The customer side (issue 10): its store (visitors) and configuration. */
  customer: { store: Store; config: VisitorConfig };
  /** Where the visitors' rate limits count (server/auth/rate-limiters.ts); this process's memory when absent. */
  rateLimiters?: RateLimiters | undefined;
}

/** Routes anyone may call: everything else under /api needs a signed-in user. */
export const publicRoutes = [
  "GET /api/health",
  "POST /api/auth/login",
  "POST /api/auth/logout",
  // The customer page's: a visitor cookie instead of a sign-in, and only the visitor's own sessions.
  "GET /api/visitor/conversation",
  "GET /api/visitor/sessions/:sid/messages",
  "POST /api/visitor/messages",
  "POST /api/visitor/sessions/:sid/end",
  "POST /api/visitor/nickname",
  "POST /api/visitor/identify",
  "GET /api/visitor/events",
] as const;

/** The JSON API. Exported so a test can enumerate every route and prove none skips sign-in. */
export function createApiRouter({ config, service, auth, cookie, customer, log, rateLimiters, version = "0.1.0" }: AppDeps): express.Router {
  const api = express.Router();
  // Answers carry customer data: no browser or proxy cache may keep them.
  api.use((_req, res, next) => {
    res.setHeader("cache-control", "no-store");
    next();
  });
  api.use(express.json({ limit: "64kb", strict: true }));
  api.use(sameOriginOnly);
  api.use(healthRoute(config, version));
  api.use(authRoutes(auth, cookie, log));
  // The customer page's routes: no sign-in, their own visitor identity (publicRoutes lists them).
  const visitorCookie = { secure: cookie.secure };
  api.use("/visitor", visitorIdentity(customer.store, visitorCookie));
  api.use(visitorRoutes({ service, store: customer.store, limits: createVisitorLimits(customer.config.limits, rateLimiters), config: customer.config }));
  api.use(visitorEventsRoutes(createVisitorRelay(service.events, customer.store), service.presence));
  api.use("/visitor", notFound);
  api.use(requireUser(auth));
  if (config.mode === "sandbox") api.use(sandboxDemoRoutes(service, customer.store, visitorCookie));
  api.use(meRoutes(auth));
  api.use(configRoute(config));
  api.use(sessionsRoutes(service));
  api.use(messagesRoutes(service));
  api.use(groupsRoutes(service));
  api.use(boardRoutes(service, auth.audit));
  api.use(quickRepliesRoutes(service.quickReplies, auth.audit));
  api.use(eventsRoutes(service.events, auth, config.security?.streamCheckMs ?? 5_000, service.presence));
  api.use(notFound);
  return api;
}

/** Builds the BFF. Never listens: server/index.ts does, and tests mount it on port 0. */
export function createApp(deps: AppDeps): express.Express {
  const { log, webRoot } = deps;
  const mediaHosts = deps.config.security?.imageHosts ?? [];
  const app = express();
  app.disable("x-powered-by");
  // Off unless TRUST_PROXY names the proxy: otherwise anyone could pick their own address in X-Forwarded-For.
  app.set("trust proxy", deps.config.security?.trustProxy ?? false);
  app.use(requestContext(log));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'"],
          "style-src": ["'self'"],
          // Media from the configured hosts only (IMAGE_HOSTS): an image from anywhere else shows as a
          // link, so opening a chat cannot be a read-tracking pixel.
          "img-src": ["'self'", "data:", ...cspSources(mediaHosts)],
          "media-src": ["'self'", ...cspSources(mediaHosts)],
          "connect-src": ["'self'"],
          "font-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'none'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use("/api", createApiRouter(deps));

  if (webRoot && existsSync(path.join(webRoot, "index.html"))) {
    // The web app only: API answers are small, and the event stream must never be buffered.
    app.use(compression());
    // Hashed assets never change under a name; index.html must always be revalidated.
    app.use("/assets", express.static(path.join(webRoot, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
    app.use(chatPageRoutes(webRoot, deps.customer.config.embedAllowedOrigins));
    app.use(express.static(webRoot, { index: false, maxAge: 0 }));
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.setHeader("cache-control", "no-cache");
      res.sendFile(path.join(webRoot, "index.html"));
    });
  }
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
