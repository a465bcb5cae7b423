// A session id the console proposes for source.sid: `s-`, the local time to the second (so ids sort
// and read as when they were made), and 6 random base-36 characters so two agents in the same second
// do not collide. The agent may replace it with an id from their own system.

export function generateSid(now: Date = new Date(), random: () => number = secureRandom): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  let suffix = "";
  for (let i = 0; i < 6; i++) suffix += Math.floor(random() * 36).toString(36);
  return `s-${stamp}-${suffix}`;
}

function secureRandom(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}
