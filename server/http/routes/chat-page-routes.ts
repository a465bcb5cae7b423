import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Response, Router } from "express";

// The customer page (/chat, the built chat/index.html) and the embed script (/chat/widget.js). The
// page gets the console's CSP with one change: frame-ancestors allows this origin and the configured
// embedding origins (EMBED_ALLOWED_ORIGINS), and X-Frame-Options, which cannot list origins and would
// contradict it, is dropped. The console's own pages stay unframeable.

export function chatPageRoutes(webRoot: string, allowedOrigins: readonly string[]) {
  const router = Router();
  const page = path.join(webRoot, "chat", "index.html");
  const widget = path.join(webRoot, "chat", "widget.js");
  const ancestors = ["'self'", ...allowedOrigins].join(" ");

  const framable = (res: Response) => {
    const csp = res.getHeader("content-security-policy");
    if (typeof csp === "string") res.setHeader("content-security-policy", csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`));
    res.removeHeader("x-frame-options");
  };

  router.get(["/chat", "/chat/"], (_req, res, next) => {
    if (!existsSync(page)) return next();
    framable(res);
    res.setHeader("cache-control", "no-cache");
    res.sendFile(page);
  });
  // Host sites load it by a fixed URL from their own pages: cross-origin resource policy must allow
  // that, and a short cache lets a new version reach them within minutes.
  router.get("/chat/widget.js", (_req, res, next) => {
    if (!existsSync(widget)) return next();
    res.setHeader("cross-origin-resource-policy", "cross-origin");
    res.setHeader("cache-control", "public, max-age=300");
    res.type("text/javascript; charset=utf-8");
    res.sendFile(widget);
  });
  router.use("/chat", express.static(path.join(webRoot, "chat"), { index: false, fallthrough: true }));
  return router;
}
