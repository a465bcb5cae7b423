import { z } from "zod";
import { messageViewSchema, sessionViewSchema } from "./api.ts";
import { bulkJobSummarySchema } from "./board.ts";

// Server-sent events on GET /api/events. Each is small and names what changed, so an open console
// updates the queries that show it. Nothing is replayed: after a reconnect a client refetches what it
// shows, which is simpler and safer than a replay window.

export const consoleEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("session.opened"), session: sessionViewSchema }),
  z.object({ type: z.literal("session.closed"), session: sessionViewSchema }),
  /** Also after a read (unread_count 0, sent to every console of the agent) and a new customer message. */
  z.object({ type: z.literal("session.updated"), session: sessionViewSchema }),
  /**
   * Taken from the queue or reassigned: `from` the previous agent (absent: it was Unassigned), so a
   * console that no longer owns it can drop it. `session.agent` is the new owner.
   */
  z.object({ type: z.literal("session.assigned"), session: sessionViewSchema, from: z.string().optional() }),
  /**
   * `agent`: who owns the message's session (an agent's stream only carries their own sessions and the
   * Unassigned queue's); absent for an Unassigned session. A customer's message has sender_type "1".
   */
  z.object({ type: z.literal("message.updated"), agent: z.string().optional(), message: messageViewSchema }),
  /** A supervisor created, changed or deleted a quick reply: every console refetches the list it shows. */
  z.object({ type: z.literal("quick_replies.changed"), id: z.string(), change: z.enum(["created", "updated", "deleted"]) }),
  /**
   * A bulk close moved on (to every supervisor's streams, whichever tab started it): its counts only, so
   * a job of 10,000 does not resend its failures after each item; a screen showing them fetches the job.
   */
  z.object({ type: z.literal("bulk.progress"), job: bulkJobSummarySchema }),
]);
export type ConsoleEvent = z.infer<typeof consoleEventSchema>;

/**
 * The last frame of a stream (`event: end`): its sign-in ended (sign-out, disabled, reset, expired,
 * replaced by a new sign-in), or the user opened more streams than allowed and this was the oldest.
 */
export const streamEndSchema = z.object({ reason: z.enum(["signed_out", "too_many_streams"]) });
export type StreamEnd = z.infer<typeof streamEndSchema>;
