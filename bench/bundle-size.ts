import { kB, renderBundle } from "./bundle/bundle-suite.ts";
import { MissingBuildError, measureBundle } from "./bundle/bundle-sizes.ts";

// `npm run test:size`: gzipped sizes of the built web app; with --check (in `npm test`, after
// `vite build`) it fails when the initial JavaScript is over budget or there is no build to measure.

const check = process.argv.includes("--check");
try {
  const sizes = measureBundle();
  console.log(renderBundle(sizes));
  if (check && !sizes.withinBudget) {
    console.error(
      `\nbundle-size: the initial JavaScript is ${kB(sizes.initialJsGzipBytes)} gzipped, over the ${kB(sizes.budgetBytes)} budget. ` +
        "Move a feature behind a dynamic import(), or drop a dependency from the first screen.",
    );
    process.exitCode = 1;
  }
} catch (error) {
  if (!(error instanceof MissingBuildError)) throw error;
  console.error(`bundle-size: ${error.message}`);
  process.exitCode = check ? 1 : 0;
}
