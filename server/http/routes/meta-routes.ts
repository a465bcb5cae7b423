import { Router } from "express";
import type { ConsoleConfig } from "../../../contract/api.ts";
import type { Config } from "../../config.ts";

export function metaRoutes(config: Pick<Config, "mode" | "defaults">, version: string) {
  const router = Router();
  // Only what the console pre-fills: never the app key, secret, session or gateway URL.
  const { dingOpenPara: _internal, ...defaults } = config.defaults;
  const publicConfig: ConsoleConfig = { mode: config.mode, defaults };
  router.get("/health", (_req, res) => {
    res.json({ status: "ok", mode: config.mode, version });
  });
  router.get("/config", (_req, res) => {
    res.json(publicConfig);
  });
  return router;
}
