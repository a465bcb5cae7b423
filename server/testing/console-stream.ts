import { consoleEventSchema, type ConsoleEvent } from "../../contract/events.ts";

/**
 * A console's live stream (GET /api/events) in tests, as the console reads it: `ready` once the stream
 * is open, `until` reads on until `done` says enough arrived (every event parsed with the contract),
 * `stop` hangs up. `events` keeps everything read so far.
 */
export function consoleStream(url: string, cookie: string) {
  const controller = new AbortController();
  const events: ConsoleEvent[] = [];
  const response = fetch(`${url}/api/events`, { signal: controller.signal, headers: { cookie } });
  const reader = response.then((res) => res.body!.pipeThrough(new TextDecoderStream()).getReader());
  // Kept across calls of `until`: a frame can be split between two reads.
  let buffer = "";
  async function until(done: (events: ConsoleEvent[]) => boolean): Promise<ConsoleEvent[]> {
    const open = await reader;
    while (!done(events)) {
      const { value, done: ended } = await open.read();
      if (ended) break;
      buffer += value;
      const frames = buffer.split("\n\n");
      buffer = frames.pop() ?? "";
      for (const frame of frames) {
        const data = frame.split("\n").find((line) => line.startsWith("data: "));
        if (data) events.push(consoleEventSchema.parse(JSON.parse(data.slice(6))));
      }
    }
    return events;
  }
  return { response, ready: reader.then(() => undefined), until, stop: () => controller.abort(), events };
}
