import { z } from "zod";
import type { FaultSpec } from "../../server/sandbox/fault-spec.ts";

// The sandbox's admin routes over HTTP (the sandbox is another process): arm and clear faults, and
// read what the platform recorded, parsed to the fields the soak checks.

const faultListSchema = z.object({
  faults: z.array(z.object({ id: z.number(), applied: z.number() })),
  counters: z.record(z.string(), z.number()),
});

const stateSchema = z.object({
  sessions: z.array(z.object({ sid: z.string(), status: z.enum(["open", "closed"]) })),
  messages: z.array(
    z.object({
      sid: z.string(),
      messageId: z.string(),
      content: z.string(),
      senderType: z.string().optional(),
      senderId: z.string().optional(),
      deliveries: z.number(),
    }),
  ),
  closes: z.array(z.object({ sid: z.string(), reason: z.string(), operatorType: z.string().optional() })),
});
export type PlatformState = z.infer<typeof stateSchema>;

export class SandboxAdmin {
  constructor(private readonly origin: string) {}

  /** Arms the faults, in order (the first that matches a request applies); answers their ids. */
  async addFaults(specs: FaultSpec[]): Promise<number[]> {
    const res = await fetch(`${this.origin}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(specs),
    });
    if (res.status !== 201) throw new Error(`the sandbox refused the faults: ${res.status} ${await res.text()}`);
    return z.object({ added: z.array(z.object({ id: z.number() })) }).parse(await res.json()).added.map((f) => f.id);
  }

  async clearFaults(): Promise<void> {
    const res = await fetch(`${this.origin}/__sandbox/faults`, { method: "DELETE" });
    await res.body?.cancel();
  }

  /** Armed faults with how often each applied, and the injected counts by kind. */
  async faults() {
    return faultListSchema.parse(await (await fetch(`${this.origin}/__sandbox/faults`)).json());
  }

  async state(): Promise<PlatformState> {
    return stateSchema.parse(await (await fetch(`${this.origin}/__sandbox/state`)).json());
  }
}
