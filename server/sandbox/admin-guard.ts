import type { IncomingMessage } from "node:http";

// The sandbox's admin routes answer every message's content and can arm faults, so they are served
// only to this machine: over a loopback address, under a loopback Host name (no DNS rebinding), from
// no Origin or the sandbox's own (no other web page), and a POST must say it carries JSON, which a
// cross-origin form or a simple `text/plain` fetch cannot.

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

const isLoopbackAddress = (address: string | undefined) =>
  address !== undefined && (address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127."));

const hostName = (host: string | undefined) => (host ?? "").replace(/:\d+$/, "").toLowerCase();

/** Why an admin request is refused (status and message), or undefined when it may go on. */
export function adminRefusal(req: IncomingMessage, ownOrigin: string): { status: number; error: string } | undefined {
  // Not here at all on an address another machine can reach.
  if (!isLoopbackAddress(req.socket.localAddress)) return { status: 404, error: "no sandbox route here" };
  if (!LOOPBACK_HOSTS.has(hostName(req.headers.host))) return { status: 403, error: "admin routes answer loopback host names only" };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin && hostName(safeHost(origin)) !== hostName(req.headers.host)) {
    return { status: 403, error: "cross-origin requests are not accepted" };
  }
  if (req.headers["sec-fetch-site"] === "cross-site") return { status: 403, error: "cross-site requests are not accepted" };
  if (req.method === "POST" && !/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    return { status: 415, error: "send content-type: application/json" };
  }
  return undefined;
}

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
