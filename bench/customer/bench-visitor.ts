import { visitorPaths } from "../../contract/visitor.ts";
import { ConsoleClient } from "../lib/console-client.ts";

// A customer of the chat page as the benchmark drives it: its own visitor cookie (given by the BFF on
// the first request, as to a new browser), and sends through POST /api/visitor/messages.

export interface BenchVisitor {
  headers: Record<string, string>;
  /** Sends a text; throws on anything but 2xx, so a refused send is never counted as delivered. */
  say(messageId: string, text: string): Promise<void>;
}

export async function newBenchVisitor(baseUrl: string): Promise<BenchVisitor> {
  const client = new ConsoleClient(baseUrl);
  await client.visit(visitorPaths.conversation);
  const { headers } = client;
  return {
    headers,
    async say(messageId, text) {
      const sent = await fetch(`${baseUrl}${visitorPaths.messages}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ message_id: messageId, type: "TEXT", payload: { text } }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = await sent.text();
      if (sent.status >= 300) throw new Error(`visitor send: HTTP ${sent.status} ${body.slice(0, 200)}`);
    },
  };
}

/** Resident memory of `pid` in MB, from /proc (Linux); undefined elsewhere. */
export async function rssMb(pid: number): Promise<number | undefined> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? undefined : Math.round(Number(kb) / 102.4) / 10;
}
