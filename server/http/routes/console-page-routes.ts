import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import type { Logger } from "pino";
import type { AuthService } from "../../auth/auth-service.ts";
import { readCookie, SESSION_COOKIE } from "../auth-middleware.ts";
import { type BuildManifest, firstScreenHints, parseBuildManifest } from "../first-screen-hints.ts";

// The console's page (index.html) for every address of the single-page app. A signed-in browser gets
// it with the first screen's requests named in its head (first-screen-hints.ts); anyone else, or any
// failure to tell who is signed in, gets the page exactly as built. Read on each request, as the
// static file was: a new build is served without a restart.

export function consolePage(webRoot: string, auth: AuthService, log: Logger): RequestHandler {
  const pageFile = path.join(webRoot, "index.html");
  const manifestFile = path.join(webRoot, ".vite", "manifest.json");

  const hintsFor = async (req: Request): Promise<string | undefined> => {
    const signedIn = await auth.authenticate(readCookie(req, SESSION_COOKIE));
    if (!signedIn) return undefined;
    const manifest: BuildManifest = parseBuildManifest(JSON.parse(await readFile(manifestFile, "utf8")));
    return firstScreenHints(manifest, signedIn.user.role, new URL(req.originalUrl, "http://console").searchParams);
  };

  return async (req, res, next) => {
    try {
      const page = await readFile(pageFile, "utf8");
      // The hints only save time: without them the app asks for the same things a little later.
      const hints = await hintsFor(req).catch((error: unknown) => {
        log.warn({ reqId: req.id, err: error instanceof Error ? error.message : String(error) }, "console page served without first-screen hints");
        return undefined;
      });
      res.setHeader("cache-control", "no-cache");
      // Whether the page names a signed-in user's requests depends on the cookie.
      res.setHeader("vary", "Cookie");
      res.type("html").send(hints ? page.replace("</head>", `  ${hints}\n  </head>`) : page);
    } catch (error) {
      next(error);
    }
  };
}
