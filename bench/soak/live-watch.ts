import { setTimeout as sleep } from "node:timers/promises";
import type { ConsoleEvent } from "../../contract/events.ts";
import { consoleStream } from "../../server/testing/console-stream.ts";
import type { Findings } from "./invariants.ts";
import type { StoreSnapshot } from "./store-snapshot.ts";

// The soak's agent with the console open on instance B for the whole run (B is never killed), reading
// its live stream (GET /api/events) as the browser does. Half the agents' sessions and half the
// customers are homed on A, so most of what this stream must show was sent, closed or ended through
// the other instance and reached B only through PostgreSQL's NOTIFY.

/** How long events still in flight (NOTIFY, B's relay) may take to arrive once the run is over. */
const CATCH_UP_MS = 10_000;

export class LiveWatch {
  #ended = false;
  readonly #stream: ReturnType<typeof consoleStream>;
  readonly #reading: Promise<unknown>;
  #stopped = false;

  private constructor(stream: ReturnType<typeof consoleStream>) {
    this.#stream = stream;
    this.#reading = stream
      .until(() => this.#stopped)
      .catch(() => undefined)
      .finally(() => (this.#ended = true));
  }

  static async open(url: string, cookie: string): Promise<LiveWatch> {
    const stream = consoleStream(url, cookie);
    await stream.ready;
    return new LiveWatch(stream);
  }

  get events(): readonly ConsoleEvent[] {
    return this.#stream.events;
  }

  /**
   * After the settle: every message the store holds as sent was seen live as sent, and every session
   * closed by an agent's close or a customer's End chat was seen live as closed (`answers`: each message's
   * answers during the load, to tell a violation's story). Waits for stragglers
   * up to CATCH_UP_MS before calling one missing.
   */
  async check(store: StoreSnapshot, closedSids: readonly string[], answers: ReadonlyMap<string, readonly string[]>, findings: Findings): Promise<void> {
    const sentSeen = "across instances: every message stored as sent was seen live as sent on B's console (message.updated)";
    const closedSeen = "across instances: every close and End chat done was seen live on B's console (session.closed)";
    const open = "across instances: B's console stream stayed open through the run, A's crash included";
    for (const name of [sentSeen, closedSeen, open]) findings.check(name);
    if (this.#ended) findings.violate(open, "the stream ended before the run did");

    const sent = [...store.messages.values()].filter((m) => m.status === "sent").map((m) => m.message_id);
    const missing = () => {
      const seen = this.#seenSoFar();
      return { messages: sent.filter((id) => !seen.sent.has(id)), sessions: closedSids.filter((sid) => !seen.closed.has(sid)) };
    };
    const deadline = Date.now() + CATCH_UP_MS;
    let gaps = missing();
    while ((gaps.messages.length > 0 || gaps.sessions.length > 0) && Date.now() < deadline) {
      await sleep(200);
      gaps = missing();
    }
    for (const id of gaps.messages) findings.violate(sentSeen, `${id} (answers ${answers.get(id)?.join(",") ?? "?"}): stored as sent, never seen sent on B`);
    for (const sid of gaps.sessions) findings.violate(closedSeen, `${sid}: closed, never seen closed on B`);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#stream.stop();
    await this.#reading;
  }

  #seenSoFar() {
    const seen = { sent: new Set<string>(), closed: new Set<string>() };
    for (const event of this.#stream.events) {
      if (event.type === "message.updated" && event.message.status === "sent") seen.sent.add(event.message.message_id);
      if (event.type === "session.closed") seen.closed.add(event.session.sid);
    }
    return seen;
  }
}
