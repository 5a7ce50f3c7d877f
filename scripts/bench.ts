/**
 * `npm run bench`: timings that issues name targets for, printed, never asserted.
 * `npm run bench -- pages [--sizes=10000,100000] [--seconds=20] [--no-lighthouse]`: only the
 * pages over real HTTP against the built app (scripts/bench/bench-pages.ts).
 * `npm run bench -- search`: only search, similar and conflicting claims at 100,000 claims.
 * `npm run bench -- webhooks`: only the webhook fan-out (1,000 events to a local receiver).
 */
import { ensureChromium } from "./lib/chromium";
import { benchHostileInputs } from "./bench/bench-hostile";
import { benchPages, parseBenchPagesArgs } from "./bench/bench-pages";
import { benchReanchoring } from "./bench/bench-reanchoring";
import { benchReports } from "./bench/bench-reports";
import { benchSearch } from "./bench/bench-search";
import { benchSuggestions } from "./bench/bench-suggestions";
import { benchWebhooks } from "./bench/bench-webhooks";

async function main(): Promise<void> {
  if (process.argv[2] === "pages") {
    process.env.CHROMIUM_PATH = await ensureChromium("the page benchmark");
    await benchPages(parseBenchPagesArgs(process.argv.slice(3)));
    return;
  }
  if (process.argv[2] === "search") {
    await benchSearch();
    return;
  }
  if (process.argv[2] === "webhooks") {
    await benchWebhooks();
    return;
  }
  // The report benchmark renders PDFs: Chromium is installed first when missing (as root).
  process.env.CHROMIUM_PATH = await ensureChromium("the PDF report benchmark");
  await benchSuggestions();
  await benchHostileInputs();
  await benchReanchoring();
  await benchReports();
  await benchSearch();
  await benchWebhooks();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
