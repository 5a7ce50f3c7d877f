/**
 * `npm run bench`: timings that issues name targets for, printed, never asserted.
 * `npm run bench -- pages [--sizes=10000,100000] [--seconds=20] [--no-lighthouse]`: only the
 * pages over real HTTP against the built app (scripts/bench/bench-pages.ts).
 * `npm run bench -- search`: only search, similar and conflicting claims at 100,000 claims.
 * `npm run bench -- webhooks`: only the webhook fan-out (1,000 events to a local receiver).
 * `npm run bench -- set-reports`: only a 10,000-claim case's report streamed from the database (JSON and CSV).
 * `npm run bench -- cases [--requests=60]`: only a case of 5,000 claims: its overview and timeline pages
 * over real HTTP against the built app (scripts/bench/bench-cases.ts).
 */
import { ensureChromium } from "./lib/chromium";
import { benchCases } from "./bench/bench-cases";
import { benchHostileInputs } from "./bench/bench-hostile";
import { benchPages, parseBenchPagesArgs } from "./bench/bench-pages";
import { benchReanchoring } from "./bench/bench-reanchoring";
import { benchReports } from "./bench/bench-reports";
import { benchSearch } from "./bench/bench-search";
import { benchSetReports } from "./bench/bench-set-reports";
import { benchSuggestions } from "./bench/bench-suggestions";
import { benchWebhooks } from "./bench/bench-webhooks";

async function main(): Promise<void> {
  if (process.argv[2] === "pages") {
    process.env.CHROMIUM_PATH = await ensureChromium("the page benchmark");
    await benchPages(parseBenchPagesArgs(process.argv.slice(3)));
    return;
  }
  if (process.argv[2] === "cases") {
    process.env.CHROMIUM_PATH = await ensureChromium("the case page benchmark");
    await benchCases(process.argv.slice(3));
    return;
  }
  if (process.argv[2] === "set-reports") {
    await benchSetReports();
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
  await benchSetReports();
  await benchSearch();
  await benchWebhooks();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
