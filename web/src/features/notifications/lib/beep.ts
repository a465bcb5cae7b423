// A short two-tone chime made with WebAudio, so no sound file ships with the console. The context is
// made on the first chime, never on load: browsers only let a page play sound after a user gesture,
// and an agent has clicked somewhere by the time a customer writes.

let context: AudioContext | undefined;

export function beep(): void {
  if (typeof window === "undefined" || typeof window.AudioContext !== "function") return;
  try {
    context ??= new AudioContext();
    if (context.state === "suspended") void context.resume().catch(() => undefined);
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.12, 1320],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.1);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.11);
    }
  } catch {
    // No audio device or a refused context: the title count and notification still tell the agent.
  }
}
