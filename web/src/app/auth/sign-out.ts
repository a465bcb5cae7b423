import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../lib/api-client.ts";

// POST /api/auth/logout, then a fresh page: nothing of the previous agent's data or state survives
// in memory for whoever uses this browser next.

export function signOut(): Promise<unknown> {
  return apiRequest("/api/auth/logout", z.unknown(), { method: "POST" });
}

export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSettled: () => window.location.assign("/"),
  });
}

/** POST /api/auth/logout-everywhere: ends this user's sign-ins on every device (a lost laptop, a shared PC). */
export function useSignOutEverywhere() {
  return useMutation({
    mutationFn: () => apiRequest("/api/auth/logout-everywhere", z.unknown(), { method: "POST" }),
    onSettled: () => window.location.assign("/"),
  });
}
