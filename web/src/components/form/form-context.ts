import { createContext, useContext, useId } from "react";
import { type FieldError as RhfFieldError, get, useFormContext } from "react-hook-form";
import type { z } from "zod";
import { isRequiredField } from "./schema-paths.ts";

// What a field component needs to render itself: its error, whether the schema requires it, and
// stable ids for the label, hint and error that aria-describedby points at.

export const FormSchemaContext = createContext<z.ZodType | undefined>(undefined);

export interface FieldMeta {
  id: string;
  hintId: string;
  errorId: string;
  error: RhfFieldError | undefined;
  required: boolean;
  /** The ids aria-describedby should list, or undefined when there is nothing to describe. */
  describedBy: (hasHint: boolean) => string | undefined;
}

export function useFieldMeta(name: string, requiredOverride?: boolean): FieldMeta {
  const { formState } = useFormContext();
  const schema = useContext(FormSchemaContext);
  const id = useId();
  const error = get(formState.errors, name) as RhfFieldError | undefined;
  const required = requiredOverride ?? (schema ? isRequiredField(schema, name) : false);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return {
    id,
    hintId,
    errorId,
    error,
    required,
    describedBy: (hasHint) => [hasHint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined,
  };
}
