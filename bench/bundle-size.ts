import { kB, renderBundle } from "./bundle/bundle-suite.ts";
import { MissingBuildError, measureBundle, type WebPage, webPages } from "./bundle/bundle-sizes.ts";

// `npm run test:size`: gzipped sizes of the built web app, each page against its own budget (the
// console 150 kB, the customer's chat page 80 kB); with --check (in `npm test`, after `vite build`)
// it fails when a page's initial JavaScript is over budget or there is no build to measure.

const check = process.argv.includes("--check");
try {
  for (const page of Object.keys(webPages) as WebPage[]) {
    const sizes = measureBundle(undefined, page);
    console.log(`\n## ${page} (${webPages[page].html})\n\n${renderBundle(sizes)}`);
    if (check && !sizes.withinBudget) {
      console.error(
        `\nbundle-size: the ${page} page's initial JavaScript is ${kB(sizes.initialJsGzipBytes)} gzipped, over its ${kB(sizes.budgetBytes)} budget. ` +
          "Move a feature behind a dynamic import(), or drop a dependency from the first screen.",
      );
      process.exitCode = 1;
    }
  }
} catch (error) {
  if (!(error instanceof MissingBuildError)) throw error;
  console.error(`bundle-size: ${error.message}`);
  process.exitCode = check ? 1 : 0;
}
