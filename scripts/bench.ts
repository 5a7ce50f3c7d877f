/** `npm run bench`: timings that issues name targets for, printed, never asserted. */
import { benchReanchoring } from "./bench/bench-reanchoring";
import { benchSuggestions } from "./bench/bench-suggestions";

async function main(): Promise<void> {
  await benchSuggestions();
  await benchReanchoring();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
