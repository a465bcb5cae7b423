import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { FaultInjector } from "./fault-injector.ts";
import { faultSpecsSchema } from "./fault-spec.ts";
import { readBody, sendJson } from "./http-io.ts";
import type { SandboxState } from "./sandbox-state.ts";

// Routes that exist only on the sandbox, next to /router/rest on the same loopback server: tests,
// the soak suite and demos inspect state and inject faults over HTTP, from any process.

export interface AdminDeps {
  state: SandboxState;
  faults: FaultInjector;
}

const resetBodySchema = z.strictObject({ keepFaults: z.boolean().optional() });
const groupQrPath = /^\/__sandbox\/group-qr\/([^/]+)\.json$/;

export async function handleAdmin(req: IncomingMessage, res: ServerResponse, pathname: string, deps: AdminDeps) {
  const { state, faults } = deps;
  const route = `${req.method ?? ""} ${pathname}`;
  switch (route) {
    case "GET /__sandbox/state":
      return sendJson(res, 200, { ...state.snapshot(), faults: { active: faults.list(), counters: faults.counters() } });
    case "GET /__sandbox/faults":
      return sendJson(res, 200, { faults: faults.list(), counters: faults.counters() });
    case "POST /__sandbox/faults": {
      const specs = await readJson(req, res, faultSpecsSchema);
      if (specs === undefined) return;
      const added = specs.map((spec) => faults.add(spec));
      return sendJson(res, 201, { added, faults: faults.list() });
    }
    case "DELETE /__sandbox/faults":
      faults.clear();
      return sendJson(res, 200, { faults: [] });
    case "POST /__sandbox/reset": {
      const body = await readJson(req, res, resetBodySchema, {});
      if (body === undefined) return;
      state.reset();
      if (body.keepFaults !== true) faults.clear();
      faults.resetCounters();
      return sendJson(res, 200, { reset: true, keptFaults: faults.list() });
    }
  }
  const qr = groupQrPath.exec(pathname);
  if (qr !== null && req.method === "GET") {
    const group = state.groupByTeamId(decodeURIComponent(qr[1] ?? ""));
    if (group === undefined) return sendJson(res, 404, { error: "no such group" });
    return sendJson(res, 200, { team_group_id: group.teamGroupId, group_link: group.groupLink });
  }
  const known = ["/__sandbox/state", "/__sandbox/faults", "/__sandbox/reset"].includes(pathname) || qr !== null;
  if (known) return sendJson(res, 405, { error: `${req.method ?? ""} is not allowed on ${pathname}` });
  sendJson(res, 404, { error: `no sandbox route ${pathname}` });
}

/** The parsed body, or undefined once a 400 has been answered. An empty body means `empty`. */
async function readJson<S extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: S,
  empty?: z.input<S>,
): Promise<z.output<S> | undefined> {
  const text = (await readBody(req)).trim();
  let json: unknown = empty;
  if (text !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      sendJson(res, 400, { error: "the body is not JSON" });
      return undefined;
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    sendJson(res, 400, { error: `invalid body:\n${z.prettifyError(parsed.error)}` });
    return undefined;
  }
  return parsed.data;
}
