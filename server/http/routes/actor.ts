import type { Request } from "express";

/** Who is acting: the operator id sent to TOP as operator_id / staff_id, and recorded in the audit trail. */
export type ActorOf = (req: Request) => string;
