import { existsSync } from "node:fs";
import path from "node:path";
import express from "express";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { errorHandler, notFound } from "./http/error-handler.ts";
import { requestContext } from "./http/request-context.ts";
import type { ActorOf } from "./http/routes/actor.ts";
import { boardRoutes } from "./http/routes/board-routes.ts";
import { eventsRoutes } from "./http/routes/events-routes.ts";
import { groupsRoutes } from "./http/routes/groups-routes.ts";
import { messagesRoutes } from "./http/routes/messages-routes.ts";
import { metaRoutes } from "./http/routes/meta-routes.ts";
import { sessionsRoutes } from "./http/routes/sessions-routes.ts";
import type { ConsoleService } from "./services/console-service.ts";

export interface AppDeps {
  config: Pick<Config, "mode" | "defaults">;
  service: ConsoleService;
  log: Logger;
  /** The built web app (dist/web); served with an SPA fallback when present. */
  webRoot?: string | undefined;
  version?: string;
}

/** Builds the BFF. Never listens: server/index.ts does, and tests mount it on port 0. */
export function createApp({ config, service, log, webRoot, version = "0.1.0" }: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(requestContext(log));

  // Until sign-in exists every action is the configured operator's.
  const actorOf: ActorOf = () => config.defaults.operator_id;

  const api = express.Router();
  api.use(express.json({ limit: "64kb", strict: true }));
  api.use(metaRoutes(config, version));
  api.use(sessionsRoutes(service, actorOf));
  api.use(messagesRoutes(service, actorOf));
  api.use(groupsRoutes(service, actorOf));
  api.use(boardRoutes(service, actorOf));
  api.use(eventsRoutes(service.events));
  api.use(notFound);
  app.use("/api", api);

  if (webRoot && existsSync(path.join(webRoot, "index.html"))) {
    // Hashed assets never change under a name; index.html must always be revalidated.
    app.use("/assets", express.static(path.join(webRoot, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }));
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
