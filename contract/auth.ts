import { z } from "zod";

// Sign-in and who is signed in. The password only ever travels in the login body, over the same
// origin; the session lives in an httpOnly cookie the web app cannot read.

export const roleSchema = z.enum(["agent", "supervisor"]);
export type Role = z.infer<typeof roleSchema>;

/**
 * The longest password, in UTF-16 code units (an emoji counts as two): the unit zod's `.max` counts.
 * The rule that sets a password (server/auth/password-rule.ts) measures with `passwordLength`, so a
 * password that can be set can always be used to sign in.
 */
export const MAX_PASSWORD_LENGTH = 256;

export function passwordLength(password: string): number {
  return password.length;
}

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userViewSchema = z.object({
  username: z.string(),
  display_name: z.string(),
  role: roleSchema,
  operator_id: z.string(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const meSchema = z.object({ user: userViewSchema });
