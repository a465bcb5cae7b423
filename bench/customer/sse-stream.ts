import { Agent, request } from "node:http";

// A bare server-sent-events reader over node:http, for benchmarks that hold many streams: fetch's
// pool and a browser's EventSource are both too heavy for a thousand of them in one process. Its own
// agent without a socket cap, so each stream is a connection of its own as a page's would be.

export interface SseEvent {
  type: string;
  data: string;
}

export interface SseStream {
  /** Resolves once the answer's headers have come (rejects on a non-200 answer). */
  opened: Promise<void>;
  close(): void;
}

const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });

export function openSse(url: string, headers: Record<string, string>, onEvent: (event: SseEvent) => void): SseStream {
  let close = () => undefined as void;
  const opened = new Promise<void>((resolve, reject) => {
    const req = request(url, { agent, headers: { ...headers, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`${url}: HTTP ${res.statusCode}`));
        return;
      }
      resolve();
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          dispatch(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      });
      res.on("error", () => undefined); // a stream the benchmark closes itself ends in an abort
    });
    req.on("error", reject);
    req.end();
    close = () => void req.destroy();
  });
  return { opened, close: () => close() };
}

function dispatch(block: string, onEvent: (event: SseEvent) => void) {
  let type = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) type = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
  }
  if (data.length > 0) onEvent({ type, data: data.join("\n") });
}
