import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createAuthService } from "../../auth/auth-service.ts";
import { hashPassword } from "../../auth/password.ts";
import { loadConfig } from "../../config.ts";
import { createConsoleService } from "../../services/console-service.ts";
import { openSqlStore } from "../../store/sql/sql-store.ts";
import { user } from "../../testing/store-fixtures.ts";

// The console's page names a signed-in user's first requests (its chunk, the configuration and the
// first session list, exactly as the app asks for them) and is served as built to anyone else.

const webRoot = mkdtempSync(path.join(tmpdir(), "lyc-page-"));
const page = '<!doctype html><html><head><script type="module" src="/assets/entry-1.js"></script></head><body></body></html>';
const manifest = {
  "index.html": { file: "assets/entry-1.js", isEntry: true, imports: ["_shared-1.js"] },
  "_shared-1.js": { file: "assets/shared-1.js" },
  "_lists-1.js": { file: "assets/lists-1.js", imports: ["_shared-1.js"], css: ["assets/lists-1.css"] },
  "src/app/console.tsx": { file: "assets/console-1.js", imports: ["_shared-1.js", "_lists-1.js", "index.html"], css: ["assets/console-1.css"] },
  "src/app/session-pane.tsx": { file: "assets/session-pane-1.js" },
};
const warnings: string[] = [];
let server: Server;
let url: string;
const cookies: Record<string, string> = {};
const store = await openSqlStore({ engine: "sqlite", dataDir: ":memory:" });

beforeAll(async () => {
  mkdirSync(path.join(webRoot, ".vite"));
  writeFileSync(path.join(webRoot, "index.html"), page);
  writeFileSync(path.join(webRoot, ".vite", "manifest.json"), JSON.stringify(manifest));
  const config = loadConfig({});
  const log = pino({ level: "warn" }, { write: (line: string) => void warnings.push(line) });
  const service = createConsoleService({ top: { call: () => Promise.reject(new Error("unused")) }, store, defaults: config.defaults });
  const app = createApp({ config, service, auth: createAuthService(store, config.auth), cookie: { secure: false, maxAgeMs: 60_000 }, log, webRoot, customer: { store, config: config.visitor } });
  server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const password_hash = await hashPassword("lantern orbit kettle");
  for (const [username, role] of [["li", "agent"], ["wang", "supervisor"]] as const) {
    await store.users.add(user(username, { role, password_hash }), Date.now());
    const login = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-requested-with": "lyservice-console" },
      body: JSON.stringify({ username, password: "lantern orbit kettle" }),
    });
    cookies[username] = login.headers.get("set-cookie")!.split(";")[0]!;
  }
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  rmSync(webRoot, { recursive: true, force: true });
});

async function pageAs(who: string | undefined, target: string) {
  const res = await fetch(`${url}${target}`, { headers: who ? { cookie: cookies[who]! } : {} });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(res.headers.get("cache-control")).toBe("no-cache");
  return res.text();
}

const fetchHints = (html: string) => [...html.matchAll(/<link rel="preload" href="([^"]*)" as="fetch"/g)].map((m) => m[1]);
const moduleHints = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]*)"/g)].map((m) => m[1]);
const styleHints = (html: string) => [...html.matchAll(/<link rel="preload" as="style" crossorigin href="([^"]*)"/g)].map((m) => m[1]);

describe("the console's page", () => {
  it("is served as built to a browser nobody is signed in on", async () => {
    expect(await pageAs(undefined, "/")).toBe(page);
    expect(await pageAs(undefined, "/?view=board&inbox=all")).toBe(page);
  });

  it("names an agent's first requests: the console's chunks not already loaded, the configuration and Mine, open", async () => {
    const html = await pageAs("li", "/");
    expect(fetchHints(html)).toEqual(["/api/config", "/api/sessions?limit=50&amp;view=mine&amp;status=open"]);
    expect(moduleHints(html)).toEqual(["/assets/console-1.js", "/assets/lists-1.js"]);
    expect(styleHints(html)).toEqual(["/assets/console-1.css", "/assets/lists-1.css"]);
    expect(html.indexOf("modulepreload")).toBeLessThan(html.indexOf("</head>"));
  });

  it("names the list the address asks for, as the role may see it", async () => {
    expect(fetchHints(await pageAs("wang", "/"))).toEqual(["/api/config", "/api/sessions?limit=50&amp;view=all&amp;status=open"]);
    expect(fetchHints(await pageAs("li", "/?inbox=all&state=closed&channel=1&q=%20Li%20"))).toEqual([
      "/api/config",
      "/api/sessions?limit=50&amp;view=mine&amp;status=closed&amp;channel=1&amp;q=Li",
    ]);
    // A supervisor's screen has no session list; an agent opening its link gets the workspace.
    expect(fetchHints(await pageAs("wang", "/?view=board"))).toEqual(["/api/config"]);
    expect(fetchHints(await pageAs("li", "/?view=board"))).toEqual(["/api/config", "/api/sessions?limit=50&amp;view=mine&amp;status=open"]);
  });

  it("keeps a search typed into the address inside its attribute", async () => {
    const html = await pageAs("li", `/?q=${encodeURIComponent('"></head><script>alert(1)</script>')}`);
    expect(html).not.toContain("<script>alert");
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    expect(fetchHints(html)[1]).toMatch(/^\/api\/sessions\?limit=50&amp;view=mine&amp;status=open&amp;q=%22%3E%3C%2Fhead%3E/);
  });

  it("is served as built, with a warning, when the build has no readable manifest", async () => {
    writeFileSync(path.join(webRoot, ".vite", "manifest.json"), "{ not json");
    warnings.length = 0;
    try {
      expect(await pageAs("li", "/")).toBe(page);
      expect(warnings.join("\n")).toContain("without first-screen hints");
    } finally {
      writeFileSync(path.join(webRoot, ".vite", "manifest.json"), JSON.stringify(manifest));
    }
  });
});
