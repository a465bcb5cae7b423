import { z } from "zod";
import { lySessionSourceDtoSchema, lySessionTargetDtoSchema } from "../../../../../contract/top-dtos.ts";

// The "New session" form checks LyCreateSessionDTO's source and target as the TOP pages define them
// (so TOP's required fields are required here too), minus what the BFF never takes from a body:
// target.service_id belongs to the signed-in agent, and the tenant fields (open_instance_id,
// ding_corp_id, corp_id), the service side's session source and the product edition come from the server's
// configuration (contract/api.ts), which refuses a body that sets them.
export const newSessionFormSchema = z.object({
  source: lySessionSourceDtoSchema,
  target: lySessionTargetDtoSchema.pick({ bu_id: true }),
});
export type NewSessionValues = z.infer<typeof newSessionFormSchema>;
