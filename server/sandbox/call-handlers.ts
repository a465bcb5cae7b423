import type { TopCallName, TopParams, TopResult } from "../../contract/top-calls.ts";
import { businessCodes } from "../top/business-codes.ts";
import { formatTopTimestamp } from "../top/timestamp.ts";
import { newGroup } from "./group-factory.ts";
import type { SandboxState } from "./sandbox-state.ts";

// The platform behaviour behind the five calls, on validated parameters. Business failures come
// back inside the success envelope (`success:false`), as the real platform answers them. Every call
// that creates state is idempotent on its caller-chosen id, so a retry after a timeout is harmless.

export interface CallContext {
  state: SandboxState;
  now: Date;
  origin: string;
}

type Handler<N extends TopCallName> = (params: TopParams<N>, ctx: CallContext) => TopResult<N>;

const ok = { success: true, code: "200" } as const;
const failure = ({ code, msg }: { code: string; msg: string }) => ({ success: false, code, msg });

export const callHandlers: { [N in TopCallName]: Handler<N> } = {
  createSession({ ly_create_session_dto: dto }, { state, now }) {
    const sid = dto.source.sid;
    const existing = state.sessions.get(sid);
    if (existing?.status === "closed") return failure(businessCodes.sessionExists);
    if (existing === undefined) {
      state.openSession({ sid, status: "open", createdAt: now.toISOString(), source: dto.source, target: dto.target });
    }
    return { ...ok, data: sid };
  },

  sendMessage({ ly_open_message_dto: dto }, { state, now }) {
    // De-duplication comes first: a retry of a delivered message succeeds even if the session closed since.
    const known = state.message(dto.sid, dto.message_id);
    if (known !== undefined) {
      state.redeliver(known);
      return { ...ok, data: known.platformMessageId };
    }
    const session = state.sessions.get(dto.sid);
    if (session === undefined) return failure(businessCodes.sessionNotFound);
    if (session.status === "closed") return failure(businessCodes.sessionClosed);
    const platformMessageId = state.nextPlatformMessageId();
    state.addMessage({
      sid: dto.sid,
      messageId: dto.message_id,
      platformMessageId,
      contentType: dto.content_type,
      content: dto.content,
      ...(dto.sender_type !== undefined && { senderType: dto.sender_type }),
      ...(dto.sender_id !== undefined && { senderId: dto.sender_id }),
      acceptedAt: now.toISOString(),
      deliveries: 1,
    });
    return { ...ok, data: platformMessageId };
  },

  closeSession({ ly_close_session_dto: dto }, { state, now }) {
    const session = state.sessions.get(dto.sid);
    if (session === undefined) return failure(businessCodes.sessionNotFound);
    if (session.status === "closed") return failure(businessCodes.sessionClosed);
    state.closeSession(session, {
      sid: dto.sid,
      reason: dto.reason,
      operatorId: dto.operator_id,
      ...(dto.operator_type !== undefined && { operatorType: dto.operator_type }),
      closedAt: now.toISOString(),
    });
    return { ...ok };
  },

  groupCommunication({ service_communication_request: request }, { state, now, origin }) {
    const group = newGroup({ request, teamGroupId: state.nextTeamGroupId(), origin, createdAt: now.toISOString() });
    state.addGroup(group);
    return {
      ...ok,
      msg: "success",
      data: {
        group_link: group.groupLink,
        group_qr_code: group.groupQrCode,
        account_type: group.accountType,
        team_group_id: group.teamGroupId,
      },
    };
  },

  saveGroupTicket({ group_customer_case_request: request }, { state, now }) {
    if (request === undefined) return failure(businessCodes.systemError);
    // The group first: a repeated case_id naming a group the platform does not know is refused, not
    // passed off as the earlier save it collides with.
    if (!state.groups.has(request.open_conversation_id)) return failure(businessCodes.groupNotFound);
    const saved = state.tickets.get(request.case_id);
    if (saved !== undefined) {
      state.resave(saved);
      return { ...ok, system_time: saved.systemTime };
    }
    const systemTime = formatTopTimestamp(now);
    state.addTicket({
      caseId: request.case_id,
      openConversationId: request.open_conversation_id,
      userIdentify: request.user_identify,
      tenantId: request.tenant_id,
      ...(request.corp_id !== undefined && { corpId: request.corp_id }),
      systemTime,
      saves: 1,
    });
    return { ...ok, system_time: systemTime };
  },
};
