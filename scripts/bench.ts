/** `npm run bench`: timings that issues name targets for, printed, never asserted. */
import { benchReanchoring } from "./bench/bench-reanchoring";
import { benchReports } from "./bench/bench-reports";
import { benchSuggestions } from "./bench/bench-suggestions";

async function main(): Promise<void> {
  await benchSuggestions();
  await benchReanchoring();
  await benchReports();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
