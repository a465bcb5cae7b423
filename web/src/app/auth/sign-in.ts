import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type LoginBody, meSchema, type UserView } from "../../../../contract/auth.ts";
import { apiRequest } from "../../lib/api-client.ts";
import { queryKeys } from "../../lib/query-keys.ts";

// POST /api/auth/login. The session cookie is httpOnly; the app only learns who signed in. Everything
// fetched while signed out failed with 401, so all of it is fetched again.

export async function signIn(body: LoginBody): Promise<UserView> {
  return (await apiRequest("/api/auth/login", meSchema, { method: "POST", body })).user;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (user) => {
      queryClient.setQueryData(queryKeys.auth.me(), user);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.auth.me()[0] });
    },
  });
}
