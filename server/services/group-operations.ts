import type { CreateGroupBody, CreateGroupTicketBody, GroupTicketView, GroupView } from "../../contract/api.ts";
import { parseGroupLink } from "../../contract/group-link.ts";
import type { Actor } from "../auth/actor.ts";
import type { OperationDeps } from "./operation-deps.ts";
import { groupViewOf } from "./group-view.ts";

export function createGroupOperations(
  { callTop, store, defaults, now, events }: OperationDeps,
  getSession: (sid: string, actor: Actor) => Promise<unknown>,
) {
  return {
    /**
     * Pulls the customer into a DingTalk group; the result is kept with the session when one is named.
     * The platform said yes, so the group exists: whatever it returned is shown (never an error, which
     * would invite a second pull and a second group), even without a link or QR code.
     */
    async createGroup(body: CreateGroupBody, actor: Actor): Promise<GroupView> {
      if (body.sid) await getSession(body.sid, actor);
      const request = {
        tenant_id: defaults.tenant_id,
        ...body.service_communication_request,
        staff_id: actor.operatorId,
      };
      const { result, requestId } = await callTop("groupCommunication", { service_communication_request: request }, { actor: actor.username, sid: body.sid });
      const group = groupViewOf(result, requestId, now(), parseGroupLink);
      if (body.sid) {
        const session = await store.sessions.setGroup(body.sid, group);
        if (session) events.publish({ type: "session.updated", session });
      }
      return group;
    },

    async saveGroupTicket(body: CreateGroupTicketBody, actor: Actor): Promise<GroupTicketView> {
      const { sid, ...request } = body;
      if (sid) await getSession(sid, actor);
      const { result, requestId } = await callTop("saveGroupTicket", { group_customer_case_request: request }, { actor: actor.username, sid });
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
