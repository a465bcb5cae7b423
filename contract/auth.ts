import { z } from "zod";

// Sign-in and who is signed in. The password only ever travels in the login body, over the same
// origin; the session lives in an httpOnly cookie the web app cannot read.

export const roleSchema = z.enum(["agent", "supervisor"]);
export type Role = z.infer<typeof roleSchema>;

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
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
