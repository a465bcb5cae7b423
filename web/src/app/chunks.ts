// The console's code that loads on demand, one loader per chunk, so every place that starts a load
// (a lazy component, the warm-up) shares the same request.

export const loadConsole = () => import("./console.tsx");
export const loadSessionPane = () => import("./session-pane.tsx");
