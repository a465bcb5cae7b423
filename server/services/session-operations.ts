import type { CreateSessionBody, SessionListQuery, SessionStats, SessionView } from "../../contract/api.ts";
import { lyCreateSessionDtoSchema } from "../../contract/top-dtos.ts";
import { type Actor, canActOnAnySession } from "../auth/actor.ts";
import { DomainError } from "./domain-error.ts";
import { invalidInput } from "./invalid-input.ts";
import type { OperationDeps } from "./operation-deps.ts";
import { createSessionClose } from "./session-close.ts";

export function createSessionOperations(deps: OperationDeps) {
  const { callTop, store, defaults, now, events } = deps;
  /** A session the actor may see: an agent their own and the Unassigned queue's, a supervisor any. */
  async function getSession(sid: string, actor: Actor): Promise<SessionView> {
    const session = await store.sessions.get(sid);
    if (!session) throw new DomainError("not_found", `No session ${sid} in this console.`);
    if (!canActOnAnySession(actor) && session.agent !== undefined && session.agent !== actor.username) {
      throw new DomainError("forbidden", "This session belongs to another agent.");
    }
    return session;
  }

  return {
    getSession,
    ...createSessionClose(deps, getSession),

    /** The details panel's figures of a session the actor may see. */
    sessionStats: async (sid: string, actor: Actor): Promise<SessionStats> => {
      await getSession(sid, actor);
      return { message_count: await store.sessions.messageCount(sid) };
    },

    /** The inbox: see SessionListQuery. An agent's "all" is their own and the queue. */
    listSessions: (query: Pick<SessionListQuery, "limit" | "cursor" | "view" | "status"> & Partial<Pick<SessionListQuery, "channel" | "q">>, actor: Actor) => {
      const owners = { mine: [actor.username], unassigned: [""], all: canActOnAnySession(actor) ? undefined : [actor.username, ""] }[query.view];
      // A search stays inside the tab: an agent searching finds their own sessions and the queue's, never another agent's.
      return store.sessions.list(
        { limit: query.limit, cursor: query.cursor },
        { agents: owners, status: query.status, channel: query.channel, search: query.q },
      );
    },

    /**
     * Opens the session on the platform first and records it only once TOP said yes, so the store
     * never holds a session the platform does not know. A retry with the same sid is safe: the
     * platform treats a repeated create of an open sid as the same request.
     */
    async createSession(body: CreateSessionBody, actor: Actor): Promise<SessionView> {
      const sid = body.source.sid ?? `s${now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      const buId = body.target.bu_id ?? defaults.bu_id;
      if (!defaults.bu_ids.includes(buId)) {
        throw new DomainError("invalid_input", `Invalid request: target.bu_id: not one of the configured business units`, {
          fields: [{ path: "target.bu_id", code: "invalid_value", message: `must be one of ${defaults.bu_ids.join(", ")}` }],
        });
      }
      const merged = lyCreateSessionDtoSchema.safeParse({
        source: { ...body.source, sid, session_source: body.source.session_source ?? defaults.session_source },
        // The service side's session source, the edition, tenant and organisation from configuration
        // only (the body schema refuses them).
        target: {
          ...stripUndefined(body.target),
          production_type: defaults.production_type,
          open_instance_id: defaults.open_instance_id,
          ding_corp_id: defaults.ding_corp_id,
          corp_id: defaults.corp_id,
          session_source: defaults.session_source,
          // The agent's own service id: never taken from the request body.
          service_id: actor.serviceId,
          bu_id: buId,
        },
      });
      if (!merged.success) throw invalidInput(merged.error);
      if (await store.sessions.get(sid)) {
        throw new DomainError("conflict", `Session id ${sid} is already used in this console.`, {
          fields: [{ path: "source.sid", code: "conflict", message: "this session id is already used" }],
        });
      }
      const params = {
        ly_ding_open_para_dto: defaults.dingOpenPara,
        ly_create_session_dto: merged.data,
      };
      const { result } = await callTop("createSession", params, { actor: actor.username, sid });
      const session = await store.sessions.insert({ dto: merged.data, agent: actor.username, origin: "agent", topSessionId: result.data, at: now() });
      events.publish({ type: "session.opened", session });
      return session;
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}
