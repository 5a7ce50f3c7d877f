/** `npm run bench`: timings that issues name targets for, printed, never asserted. */
import { ensureChromium } from "./lib/chromium";
import { benchHostileInputs } from "./bench/bench-hostile";
import { benchReanchoring } from "./bench/bench-reanchoring";
import { benchReports } from "./bench/bench-reports";
import { benchSearch } from "./bench/bench-search";
import { benchSuggestions } from "./bench/bench-suggestions";

async function main(): Promise<void> {
  // The report benchmark renders PDFs: Chromium is installed first when missing (as root).
  process.env.CHROMIUM_PATH = await ensureChromium("the PDF report benchmark");
  await benchSuggestions();
  await benchHostileInputs();
  await benchReanchoring();
  await benchReports();
  await benchSearch();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
