import type { z } from "zod";
import { invalidInput } from "../services/invalid-input.ts";

/** Parses request input with a contract schema; a failure is a 400 listing each bad field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}
