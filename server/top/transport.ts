import http from "node:http";
import https from "node:https";

// POSTs a form body and reads the whole answer. Plain node:http with keep-alive agents: the
// timeout covers the whole exchange, and a refused connection (nothing sent) is told apart from
// one dropped after the request went out (maybe processed), which the retry policy needs.

export interface RawAnswer {
  status: number;
  body: string;
}

export type TransportFailure =
  | { kind: "timeout" }
  | { kind: "refused"; code: string } // the request never left: safe to send again
  | { kind: "dropped"; code: string }; // it may have arrived

export class TransportError extends Error {
  constructor(readonly failure: TransportFailure) {
    super(`transport ${failure.kind}${"code" in failure ? ` (${failure.code})` : ""}`);
  }
}

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: 256 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

export function postForm(url: URL, form: string, timeoutMs: number): Promise<RawAnswer> {
  const secure = url.protocol === "https:";
  const request = secure ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: "POST",
      agent: secure ? agents.https : agents.http,
      headers: {
        "content-type": "application/x-www-form-urlencoded; charset=UTF-8",
        "content-length": Buffer.byteLength(form),
        accept: "application/json",
      },
    });
    const timer = setTimeout(() => {
      req.destroy(new TransportError({ kind: "timeout" }));
    }, timeoutMs);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", (err) => {
        clearTimeout(timer);
        reject(err instanceof TransportError ? err : new TransportError({ kind: "dropped", code: errorCode(err) }));
      });
    });
    req.on("error", (err) => {
      clearTimeout(timer);
      if (err instanceof TransportError) return reject(err);
      const code = errorCode(err);
      reject(new TransportError(NOT_SENT.has(code) ? { kind: "refused", code } : { kind: "dropped", code }));
    });
    req.end(form);
  });
}

function errorCode(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err && typeof err.code === "string" ? err.code : "EUNKNOWN";
}
