// React's Node builds choose development or production when first loaded, from NODE_ENV. The console
// ships production React, and the markdown suite renders with React inside this process, so the
// bench runs production React as well: development React's checks (key warnings, prop validation)
// made a 20,000-character message take 2 to 3 times as long. bench/run.ts imports this before anything
// else (modules run in import order, React's CommonJS files included). The BFFs the suites start
// inherit it, as a production server would.

process.env.NODE_ENV = "production";
