import type { Role } from "../../../contract/auth.ts";

// The console's screens, chosen by `?view=`. Agents have only the workspace: a supervisor's link
// opened by an agent shows the workspace, never a screen whose requests would all be refused.

export const screens = ["sessions", "board", "audit", "quick-replies"] as const;
export type Screen = (typeof screens)[number];

const supervisorScreens: ReadonlySet<Screen> = new Set(["board", "audit", "quick-replies"]);

export function screensFor(role: Role): readonly Screen[] {
  return role === "supervisor" ? screens : ["sessions"];
}

export function screenFor(view: string | undefined, role: Role): Screen {
  const wanted = screens.find((screen) => screen === view);
  if (wanted === undefined) return "sessions";
  if (supervisorScreens.has(wanted) && role !== "supervisor") return "sessions";
  return wanted;
}

/** The `view` parameter for a screen: the workspace is the console's address without one. */
export function viewParam(screen: Screen): string | undefined {
  return screen === "sessions" ? undefined : screen;
}
