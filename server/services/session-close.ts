import type { CloseSessionBody, MarkClosedBody, SessionView } from "../../contract/api.ts";
import { markClosedAuditMethod } from "../../contract/board.ts";
import type { Actor } from "../auth/actor.ts";
import { DomainError } from "./domain-error.ts";
import type { OperationDeps } from "./operation-deps.ts";

// Closing a session, as an outcome the caller branches on (the board, bulk close and auto-close),
// never as a string compare on an error code:
// - closed:              the platform closed it now;
// - already_closed:      it was closed already, in this console or (as the platform says) on the platform;
// - unknown_to_platform: the platform no longer knows the session. It stays open here, flagged, until
//   someone marks it closed in the console (markClosed): sending to it cannot work, retrying cannot help.

export type CloseOutcome =
  | { outcome: "closed"; session: SessionView }
  | { outcome: "already_closed"; by: "console" | "platform"; session: SessionView }
  | { outcome: "unknown_to_platform"; session: SessionView; error: DomainError };

type GetSession = (sid: string, actor: Actor) => Promise<SessionView>;

export function createSessionClose({ callTop, store, defaults, now, events }: OperationDeps, getSession: GetSession) {
  /** Flags the session and tells the live views; used wherever the platform says it does not know it. */
  async function flagUnknown(sid: string): Promise<SessionView | undefined> {
    const session = await store.sessions.markUnknownToPlatform(sid, now());
    if (session) events.publish({ type: "session.updated", session });
    return session;
  }

  async function closeSession(sid: string, body: CloseSessionBody, actor: Actor): Promise<CloseOutcome> {
    const session = await getSession(sid, actor);
    if (session.status === "closed") {
      // Its closed event goes out again: the instance that closed it may have died between its commit and
      // its event (published after the commit), and then this repeat is the only moment live consoles hear it.
      events.publish({ type: "session.closed", session });
      await events.flush();
      return { outcome: "already_closed", by: "console", session };
    }
    const dto = {
      reason: body.reason,
      operator_type: body.operator_type ?? "4",
      operator_id: actor.operatorId,
      sid,
      session_source: session.session_source,
      bu_id: session.bu_id,
      service_id: session.service_id,
      open_instance_id: defaults.open_instance_id,
      ding_corp_id: defaults.ding_corp_id,
      production_type: defaults.production_type,
    };
    let by: "console" | "platform" | undefined;
    try {
      await callTop("closeSession", { ly_ding_open_para_dto: defaults.dingOpenPara, ly_close_session_dto: dto }, { actor: actor.username, sid });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.kind === "session_unknown_to_platform") {
        return { outcome: "unknown_to_platform", session: (await flagUnknown(sid)) ?? session, error };
      }
      if (error.kind !== "session_closed") throw error;
      by = "platform";
    }
    const closed = await store.sessions.markClosed(sid, { reason: body.reason, closedBy: actor.username, at: now() });
    if (!closed) throw new DomainError("not_found", `No session ${sid} in this console.`);
    events.publish({ type: "session.closed", session: closed });
    await events.flush();
    return by ? { outcome: "already_closed", by, session: closed } : { outcome: "closed", session: closed };
  }

  return {
    closeSession,
    flagUnknown,

    /** The close an agent asks for: the outcomes a person must hear about are errors here. */
    async closeSessionFor(sid: string, body: CloseSessionBody, actor: Actor): Promise<SessionView> {
      const result = await closeSession(sid, body, actor);
      switch (result.outcome) {
        case "closed":
          return result.session;
        case "already_closed":
          // Someone closed it here first; the platform having closed it is simply done.
          if (result.by === "platform") return result.session;
          throw new DomainError("session_closed", `Session ${sid} is already closed.`);
        case "unknown_to_platform":
          throw result.error;
      }
    },

    /**
     * Closes, in the console only, a session the platform no longer knows; nothing is sent to TOP.
     * Audited like a TOP call (actor, session, reason and note), so the trail says who decided it.
     */
    async markClosed(sid: string, body: MarkClosedBody, actor: Actor): Promise<SessionView> {
      const session = await getSession(sid, actor);
      if (session.status === "closed") throw new DomainError("session_closed", `Session ${sid} is already closed.`);
      if (session.unknown_to_platform_at === undefined) {
        throw new DomainError("conflict", "Only a session the platform no longer knows can be marked closed; close it instead.");
      }
      const at = now();
      const note = body.note === "" ? undefined : body.note;
      const closed = await store.sessions.markClosed(sid, { reason: body.reason, closedBy: actor.username, at, note });
      if (!closed) throw new DomainError("not_found", `No session ${sid} in this console.`);
      await store.audit.record({
        at,
        method: markClosedAuditMethod,
        actor: actor.username,
        sid,
        outcome: "console",
        msg: note === undefined ? body.reason : `${body.reason}: ${note}`,
        latency_ms: 0,
        attempts: 0,
      });
      events.publish({ type: "session.closed", session: closed });
      return closed;
    },
  };
}
