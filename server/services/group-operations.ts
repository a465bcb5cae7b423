import type { CreateGroupBody, CreateGroupTicketBody, GroupTicketView, GroupView, SessionView } from "../../contract/api.ts";
import { parseGroupLink } from "../../contract/group-link.ts";
import type { Actor } from "../auth/actor.ts";
import { DomainError } from "./domain-error.ts";
import type { OperationDeps } from "./operation-deps.ts";
import { groupViewOf } from "./group-view.ts";

export function createGroupOperations(
  { callTop, store, defaults, now, events }: OperationDeps,
  getSession: (sid: string, actor: Actor) => Promise<SessionView>,
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
        ...body.service_communication_request,
        // Never from the body: the configured tenant and the agent's own operator id.
        tenant_id: defaults.tenant_id,
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

    /**
     * tenant_id and corp_id never come from the body: the configured ones, else what the platform
     * answered for the session's group (its link), else the request is refused.
     */
    async saveGroupTicket(body: CreateGroupTicketBody, actor: Actor): Promise<GroupTicketView> {
      const { sid, case_id, open_conversation_id, user_identify } = body;
      const group = sid ? (await getSession(sid, actor)).group : undefined;
      const tenant_id = defaults.tenant_id ?? group?.tenant_id;
      if (tenant_id === undefined) {
        throw new DomainError("invalid_input", "No tenant is configured (LY_TENANT_ID) and the session has no group to take it from.", {
          fields: [{ path: "sid", code: "not_configured", message: "name the session whose group this ticket is for, or configure LY_TENANT_ID" }],
        });
      }
      const corp_id = defaults.ding_corp_id ?? defaults.corp_id ?? group?.corp_id;
      const request = { case_id, open_conversation_id, user_identify, tenant_id, ...(corp_id ? { corp_id } : {}) };
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
