import type { CreateGroupBody, CreateGroupTicketBody, GroupTicketView, GroupView, SessionTicketList, SessionView } from "../../contract/api.ts";
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

    /** The tickets saved for a session the caller may see, the latest first. */
    async sessionTickets(sid: string, actor: Actor): Promise<SessionTicketList> {
      await getSession(sid, actor);
      return { items: await store.groupTicketsOf(sid) };
    },

    /**
     * A ticket is for the group of a session the caller may act on (an agent's own or the queue's,
     * any for a supervisor): the ids must be that session's stored group's, so an agent cannot record
     * a ticket on another agent's group. tenant_id and corp_id never come from the body: the
     * configured ones, else what the platform answered for the session's group (its link).
     */
    async saveGroupTicket(body: CreateGroupTicketBody, actor: Actor): Promise<GroupTicketView> {
      const { sid, case_id, open_conversation_id, user_identify } = body;
      const { group } = await getSession(sid, actor);
      if (!group?.open_conversation_id || !group.user_identify) {
        throw new DomainError("invalid_input", `Session ${sid} has no group with a conversation to record a ticket on; pull the customer into a group first.`, {
          fields: [{ path: "sid", code: "invalid_value", message: "this session has no group to record a ticket on" }],
        });
      }
      const mismatched = (["open_conversation_id", "user_identify"] as const).filter((field) => body[field] !== group[field]);
      if (mismatched.length > 0) {
        throw new DomainError("invalid_input", `Invalid request: ${mismatched.join(", ")}: not the group of session ${sid}`, {
          fields: mismatched.map((path) => ({ path, code: "invalid_value", message: `not the group of session ${sid}` })),
        });
      }
      const tenant_id = defaults.tenant_id ?? group.tenant_id;
      if (tenant_id === undefined) {
        throw new DomainError("invalid_input", "No tenant is configured (LY_TENANT_ID) and the session's group link names none.", {
          fields: [{ path: "sid", code: "not_configured", message: "the group of this session names no tenant: configure LY_TENANT_ID" }],
        });
      }
      const corp_id = defaults.ding_corp_id ?? defaults.corp_id ?? group.corp_id;
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
