import { z } from "zod";
import {
  groupCustomerCaseRequestSchema,
  lyCloseSessionDtoSchema,
  lyCreateSessionDtoSchema,
  lyDingOpenParaDtoSchema,
  lyOpenMessageDtoSchema,
  serviceCommunicationRequestSchema,
} from "./top-dtos.ts";
import {
  closeSessionResultSchema,
  createSessionResultSchema,
  groupCommunicationResultSchema,
  sendMessageResultSchema,
  ticketSaveResultSchema,
} from "./top-results.ts";

// The five TOP calls, each declared once. `params` lists the business parameters: each key is one
// form field, and its value is sent as the JSON of the DTO. The TOP client, the sandbox gateway and
// the tests all read these declarations, so a field changes in one place.

export interface TopCall<P extends z.ZodObject, R extends z.ZodObject> {
  method: string;
  params: P;
  result: R;
  /**
   * Whether the call may be sent again after an ambiguous failure (a timeout, a dropped connection, a
   * 5xx): true where the repeat carries the same ids and so cannot create a second record (create by
   * sid, send by message_id, close by sid, ticket by case_id). group.communication has no id of ours,
   * so a repeat could open a second group: never retried after an ambiguous failure.
   */
  retryAfterAmbiguousFailure: boolean;
}

function declare<P extends z.ZodObject, R extends z.ZodObject>(call: TopCall<P, R>): TopCall<P, R> {
  return call;
}

export const topCalls = {
  createSession: declare({
    method: "alibaba.lyservice.lippi.session.create",
    params: z.object({
      ly_ding_open_para_dto: lyDingOpenParaDtoSchema.optional(),
      ly_create_session_dto: lyCreateSessionDtoSchema,
    }),
    result: createSessionResultSchema,
    retryAfterAmbiguousFailure: true,
  }),
  sendMessage: declare({
    method: "alibaba.lyservice.lippi.message.send",
    params: z.object({
      ly_ding_open_para_dto: lyDingOpenParaDtoSchema,
      ly_open_message_dto: lyOpenMessageDtoSchema,
    }),
    result: sendMessageResultSchema,
    retryAfterAmbiguousFailure: true,
  }),
  closeSession: declare({
    method: "alibaba.lyservice.lippi.session.close",
    params: z.object({
      ly_ding_open_para_dto: lyDingOpenParaDtoSchema.optional(),
      ly_close_session_dto: lyCloseSessionDtoSchema,
    }),
    result: closeSessionResultSchema,
    retryAfterAmbiguousFailure: true,
  }),
  groupCommunication: declare({
    method: "alibaba.lyservice.group.group.communication",
    params: z.object({ service_communication_request: serviceCommunicationRequestSchema.optional() }),
    result: groupCommunicationResultSchema,
    retryAfterAmbiguousFailure: false,
  }),
  saveGroupTicket: declare({
    method: "alibaba.lyservice.group.ticket.customer.save",
    params: z.object({ group_customer_case_request: groupCustomerCaseRequestSchema.optional() }),
    result: ticketSaveResultSchema,
    retryAfterAmbiguousFailure: true,
  }),
} as const;

export type TopCalls = typeof topCalls;
export type TopCallName = keyof TopCalls;
export type TopParams<N extends TopCallName> = z.infer<TopCalls[N]["params"]>;
export type TopResult<N extends TopCallName> = z.infer<TopCalls[N]["result"]>;

export function findCallByMethod(method: string): TopCall<z.ZodObject, z.ZodObject> | undefined {
  return Object.values(topCalls).find((c) => c.method === method);
}

/** `alibaba.lyservice.lippi.session.close` → `alibaba_lyservice_lippi_session_close_response`. */
export function responseKey(method: string): string {
  return `${method.replaceAll(".", "_")}_response`;
}
