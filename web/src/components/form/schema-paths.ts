import { z } from "zod";

// Reads a form's zod schema by dotted field path (the same paths react-hook-form and the BFF's
// `fields[]` use): whether the form has that field, and whether it is required. Required markers
// then follow the contract instead of being repeated by hand in every form.

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

/** The schema of the field at `path`, or undefined when the form has no such field. */
export function schemaAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType = schema;
  for (const segment of path.split(".")) {
    const inner = unwrap(current);
    if (inner instanceof z.ZodObject) {
      const next = (inner.shape as Record<string, z.ZodType | undefined>)[segment];
      if (!next) return undefined;
      current = next;
    } else if (inner instanceof z.ZodArray && /^\d+$/.test(segment)) {
      current = inner.element as z.ZodType;
    } else {
      return undefined;
    }
  }
  return current;
}

export function isRequiredField(schema: z.ZodType, path: string): boolean {
  const field = schemaAt(schema, path);
  return field !== undefined && !field.safeParse(undefined).success;
}
