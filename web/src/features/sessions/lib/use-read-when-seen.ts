import { useEffect, useRef, useState } from "react";
import type { SessionView } from "../../../../../contract/api.ts";
import { useReadSession } from "../api/read-session.ts";

// Reading a session is having it on screen in a visible tab: its unread customer messages are marked
// read once (the BFF sends one MSG_READ), and again only when new ones arrive while it stays open.
// Only the assigned agent reads: a supervisor looking in, or anyone viewing the queue, does not.

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === "visible");
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", update);
    return () => document.removeEventListener("visibilitychange", update);
  }, []);
  return visible;
}

export function useReadWhenSeen(session: SessionView | undefined, username: string): void {
  const { mutate } = useReadSession();
  const visible = usePageVisible();
  // What was last asked for (sid + the newest message's time), so a re-render never asks twice.
  const asked = useRef<string>(undefined);
  const mine = session?.agent === username;
  const unread = session?.unread_count ?? 0;
  const marker = session ? `${session.sid}@${session.last_message?.at ?? 0}` : undefined;

  useEffect(() => {
    if (!session || !mine || !visible || unread === 0 || session.status !== "open") return;
    if (asked.current === marker) return;
    asked.current = marker;
    mutate(session.sid, {
      onError: () => {
        asked.current = undefined; // a failed read is tried again on the next change
      },
    });
  }, [session, mine, visible, unread, marker, mutate]);
}
