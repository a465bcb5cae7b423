import type { CloseSessionBody, CreateSessionBody, SessionView } from "../../contract/api.ts";
import { lyCreateSessionDtoSchema } from "../../contract/top-dtos.ts";
import { businessCodes } from "../top/business-codes.ts";
import { TopError } from "../top/top-error.ts";
import { fromTopError, HttpError, validationError } from "../http/http-error.ts";
import { type Actor, canActOnAnySession } from "../auth/actor.ts";
import type { OperationDeps } from "./operation-deps.ts";

export function createSessionOperations({ callTop, store, defaults, now, events }: OperationDeps) {
  /** A session the actor may see and act on: an agent only their own, a supervisor any. */
  async function getSession(sid: string, actor: Actor): Promise<SessionView> {
    const session = await store.sessions.get(sid);
    if (!session) throw new HttpError(404, "not_found", `No session ${sid} in this console.`);
    if (!canActOnAnySession(actor) && session.agent !== actor.username) {
      throw new HttpError(403, "forbidden", "This session belongs to another agent.");
    }
    return session;
  }

  return {
    getSession,

    listSessions: (page: { limit: number; cursor?: string | undefined }, actor: Actor) =>
      store.sessions.list(page, canActOnAnySession(actor) ? {} : { agent: actor.username }),

    /**
     * Opens the session on the platform first and records it only once TOP said yes, so the store
     * never holds a session the platform does not know. A retry with the same sid is safe: the
     * platform treats a repeated create of an open sid as the same request.
     */
    async createSession(body: CreateSessionBody, actor: Actor): Promise<SessionView> {
      const sid = body.source.sid ?? `s${now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      const buId = body.target.bu_id ?? defaults.bu_id;
      if (!defaults.bu_ids.includes(buId)) {
        throw new HttpError(400, "validation_failed", `Invalid request: target.bu_id: not one of the configured business units`, {
          fields: [{ path: "target.bu_id", code: "invalid_value", message: `must be one of ${defaults.bu_ids.join(", ")}` }],
        });
      }
      const merged = lyCreateSessionDtoSchema.safeParse({
        source: { ...body.source, sid, session_source: body.source.session_source ?? defaults.session_source },
        // Tenant and organisation fields from configuration only (the body schema refuses them).
        target: {
          production_type: defaults.production_type,
          ...stripUndefined(body.target),
          open_instance_id: defaults.open_instance_id,
          ding_corp_id: defaults.ding_corp_id,
          corp_id: defaults.corp_id,
          session_source: body.target.session_source ?? defaults.session_source,
          // The agent's own service id: never taken from the request body.
          service_id: actor.serviceId,
          bu_id: buId,
        },
      });
      if (!merged.success) throw validationError(merged.error);
      if (await store.sessions.get(sid)) {
        throw new HttpError(409, "conflict", `Session id ${sid} is already used in this console.`, {
          fields: [{ path: "source.sid", code: "conflict", message: "this session id is already used" }],
        });
      }
      const params = {
        ly_ding_open_para_dto: defaults.dingOpenPara,
        ly_create_session_dto: merged.data,
      };
      try {
        const { result } = await callTop("createSession", params, { actor: actor.username, sid });
        const session = await store.sessions.insert({ dto: merged.data, agent: actor.username, topSessionId: result.data, at: now() });
        events.publish({ type: "session.opened", session });
        return session;
      } catch (error) {
        throw error instanceof TopError ? fromTopError(error) : error;
      }
    },

    /** A failed close leaves the session open; a close the platform already did counts as done. */
    async closeSession(sid: string, body: CloseSessionBody, actor: Actor): Promise<SessionView> {
      const session = await getSession(sid, actor);
      if (session.status === "closed") {
        throw new HttpError(409, "session_closed", `Session ${sid} is already closed.`);
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
      try {
        await callTop("closeSession", { ly_ding_open_para_dto: defaults.dingOpenPara, ly_close_session_dto: dto }, { actor: actor.username, sid });
      } catch (error) {
        const alreadyClosed = error instanceof TopError && error.kind === "business" && error.detail.code === businessCodes.sessionClosed.code;
        if (!alreadyClosed) throw error instanceof TopError ? fromTopError(error) : error;
      }
      const closed = await store.sessions.markClosed(sid, { reason: body.reason, closedBy: actor.username, at: now() });
      if (!closed) throw new HttpError(404, "not_found", `No session ${sid} in this console.`);
      events.publish({ type: "session.closed", session: closed });
      return closed;
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;
}
