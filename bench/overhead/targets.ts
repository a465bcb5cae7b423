import type { BffProcess, SandboxProcess } from "../lib/console-processes.ts";
import type { ConsoleClient } from "../lib/console-client.ts";
import { type CpuMeter, processCpuMs } from "../lib/process-cpu.ts";
import type { LoadSpec } from "./load.ts";
import { type Credentials, createSessionForm, sendMessageForm } from "./signed-form.ts";

// The two ways to send the same message: signed form posts straight at the sandbox gateway, and the
// console's JSON route through the BFF. Each target opens its own sessions first, one per connection,
// and every request carries a message_id never used before (the gateway de-duplicates on it).

export type TargetSpec = Omit<LoadSpec, "connections" | "durationSeconds">;

export interface Target {
  /** The server processes each request of this target costs CPU in, by name. */
  processes: Record<string, CpuMeter>;
  /** A spec whose message ids start with `runTag`, so runs never collide. */
  load(runTag: string): TargetSpec;
}

const content = "您好，您的订单已发货，预计明天送达。Your order has shipped and should arrive tomorrow.";
const formHeaders = { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" };

export async function directTarget(sandbox: SandboxProcess, sessions: number): Promise<Target> {
  const credentials: Credentials = { appKey: sandbox.appKey, appSecret: sandbox.appSecret, signMethod: "hmac-sha256" };
  const sids = Array.from({ length: sessions }, (_, i) => `bench-direct-${i}`);
  await inBatches(sids, async (sid) => {
    const res = await fetch(sandbox.gatewayUrl, { method: "POST", headers: formHeaders, body: createSessionForm(credentials, sid) });
    const text = await res.text();
    if (!text.includes('"success":true')) throw new Error(`the sandbox did not open ${sid}: ${text}`);
  });
  return {
    processes: { sandbox: () => processCpuMs(sandbox.child.pid) },
    load: (runTag) => ({
      url: sandbox.origin,
      headers: formHeaders,
      request: (n) => ({
        path: "/router/rest",
        body: sendMessageForm(credentials, sids[n % sids.length] ?? "", `${runTag}-${n}`, content),
      }),
      accept: (body) => body.includes('"success":true'),
    }),
  };
}

/**
 * `client` is signed in to `bff`: its cookie goes with every request, as the browser's does. `store`
 * meters a database server the BFF works through (PostgreSQL's processes), if it has one.
 */
export async function bffTarget(
  bff: BffProcess,
  client: ConsoleClient,
  sandbox: SandboxProcess,
  sessions: number,
  store: Record<string, CpuMeter> = {},
): Promise<Target> {
  const sids = Array.from({ length: sessions }, (_, i) => `bench-bff-${i}`);
  await inBatches(sids, async (sid) => {
    const answer = await client.request("POST", "/api/sessions", { source: { sid, channel: "0", channel_uid: `customer-${sid}` }, target: {} });
    if (answer.status !== 201) throw new Error(`the BFF did not open ${sid}: ${answer.status} ${JSON.stringify(answer.body)}`);
  });
  return {
    processes: { bff: () => processCpuMs(bff.child.pid), sandbox: () => processCpuMs(sandbox.child.pid), ...store },
    load: (runTag) => ({
      url: bff.url,
      headers: { ...client.headers, "content-type": "application/json" },
      request: (n) => ({
        path: `/api/sessions/${sids[n % sids.length] ?? ""}/messages`,
        body: JSON.stringify({ message_id: `${runTag}-${n}`, type: "TEXT", payload: { text: content } }),
      }),
      accept: (body) => body.includes('"status":"sent"'),
    }),
  };
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, size = 10): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}
