import type { Role } from "../../contract/auth.ts";

/**
 * Who is acting. Filled from the signed-in user, never from a request body, so nobody can act as
 * someone else: `operatorId` goes to TOP as operator_id / staff_id, `serviceId` as sender_id and the
 * session target's service_id, `username` into our records and the audit trail.
 */
export interface Actor {
  username: string;
  role: Role;
  operatorId: string;
  serviceId: string;
}

export const canActOnAnySession = (actor: Actor) => actor.role === "supervisor";
