import type { CreateGroupBody, CreateGroupTicketBody, GroupTicketView, GroupView } from "../../contract/api.ts";
import { parseGroupLink } from "../../contract/group-link.ts";
import { TopError } from "../top/top-error.ts";
import { fromTopError, HttpError } from "../http/http-error.ts";
import type { Actor } from "../auth/actor.ts";
import type { OperationDeps } from "./operation-deps.ts";

export function createGroupOperations(
  { callTop, store, defaults, now, events }: OperationDeps,
  getSession: (sid: string, actor: Actor) => Promise<unknown>,
) {
  const rethrow = (error: unknown): never => {
    throw error instanceof TopError ? fromTopError(error) : error;
  };

  return {
    /** Pulls the customer into a DingTalk group; the result is kept with the session when one is named. */
    async createGroup(body: CreateGroupBody, actor: Actor): Promise<GroupView> {
      if (body.sid) await getSession(body.sid, actor);
      const request = {
        tenant_id: defaults.tenant_id,
        ...body.service_communication_request,
        staff_id: actor.operatorId,
      };
      const { result } = await callTop("groupCommunication", { service_communication_request: request }, { actor: actor.username, sid: body.sid }).catch(rethrow);
      if (!result.data) {
        throw new HttpError(502, "top_unavailable", "The platform answered without group data.", { top: { code: result.code, msg: result.msg } });
      }
      const link = parseGroupLink(result.data.group_link);
      const group: GroupView = {
        ...result.data,
        h5_url: link?.h5Url,
        open_conversation_id: link?.openConversationId,
        user_identify: link?.userIdentify,
        tenant_id: link?.tenantId,
        corp_id: link?.corpId,
        created_at: now(),
      };
      if (body.sid) {
        const session = await store.sessions.setGroup(body.sid, group);
        if (session) events.publish({ type: "session.updated", session });
      }
      return group;
    },

    async saveGroupTicket(body: CreateGroupTicketBody, actor: Actor): Promise<GroupTicketView> {
      const { sid, ...request } = body;
      if (sid) await getSession(sid, actor);
      const { result, requestId } = await callTop("saveGroupTicket", { group_customer_case_request: request }, { actor: actor.username, sid }).catch(rethrow);
      await store.recordGroupTicket({
        case_id: body.case_id,
        sid,
        open_conversation_id: body.open_conversation_id,
        system_time: result.system_time,
        request_id: requestId,
        at: now(),
      });
      return { case_id: body.case_id, system_time: result.system_time, request_id: requestId };
    },
  };
}
