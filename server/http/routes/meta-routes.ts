import { Router } from "express";
import type { ConsoleConfig } from "../../../contract/api.ts";
import type { Config } from "../../config.ts";

export function healthRoute(config: Pick<Config, "mode">, version: string) {
  const router = Router();
  router.get("/health", (_req, res) => {
    res.json({ status: "ok", mode: config.mode, version });
  });
  return router;
}

/** What the console pre-fills: never the app key, secret, session or gateway URL. */
export function configRoute(config: Pick<Config, "mode" | "defaults"> & { security?: Partial<Config["security"]> | undefined }) {
  const router = Router();
  const { dingOpenPara: _internal, ...defaults } = config.defaults;
  const publicConfig: ConsoleConfig = {
    mode: config.mode,
    defaults,
    media_hosts: config.security?.imageHosts ?? [],
    limits: { bulk_close_max: config.security?.bulkCloseMax ?? 10_000 },
  };
  router.get("/config", (_req, res) => {
    res.json(publicConfig);
  });
  return router;
}
