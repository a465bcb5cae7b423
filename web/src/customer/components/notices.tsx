import { useEffect, useState } from "react";
import { useNetworkState } from "../hooks/use-network-state.ts";
import type { SendProblem } from "../hooks/use-conversation.ts";
import { errorWords } from "../lib/error-words.ts";
import type { Translate } from "../lib/translate.ts";

// What stands between the customer and a sent message, in words: offline, the server out of reach,
// the live stream reconnecting, or a 429 with the seconds left (counting down to nothing).

function useSecondsLeft(problem: SendProblem | null): number | undefined {
  const wait = problem?.error.code === "rate_limited" ? (problem.error.retryAfterSeconds ?? 1) : undefined;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (wait === undefined) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [wait, problem?.at]);
  if (wait === undefined || !problem) return undefined;
  return Math.ceil((problem.at + wait * 1000 - Math.max(now, problem.at)) / 1000);
}

export function Notices({ t, problem, live }: { t: Translate; problem: SendProblem | null; live: boolean }) {
  const network = useNetworkState();
  const secondsLeft = useSecondsLeft(problem);
  let text: string | undefined;
  if (network === "offline") text = t("errors.offline");
  else if (network === "unreachable") text = t("errors.unreachable");
  else if (secondsLeft !== undefined && secondsLeft > 0) text = t("errors.rateLimited", { seconds: secondsLeft });
  else if (problem && problem.error.code !== "rate_limited") text = errorWords(problem.error, t);
  else if (!live) text = t("live.lost");
  return (
    <div className="cx-notices" role="status">
      {text && <p className="cx-notice">{text}</p>}
    </div>
  );
}
