import { z } from "zod";
import { lySessionSourceDtoSchema, lySessionTargetDtoSchema } from "../../../../../contract/top-dtos.ts";

// The "New session" form checks LyCreateSessionDTO's source and target as the TOP pages define them
// (so TOP's required fields are required here too), minus what the BFF never takes from a body:
// target.service_id belongs to the signed-in agent and the server fills it in (contract/api.ts).
export const newSessionFormSchema = z.object({
  source: lySessionSourceDtoSchema,
  target: lySessionTargetDtoSchema.omit({ service_id: true }),
});
export type NewSessionValues = z.infer<typeof newSessionFormSchema>;
