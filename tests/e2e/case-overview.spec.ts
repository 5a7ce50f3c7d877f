import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import {
  ACCOUNTS,
  chooseLanguage,
  expect,
  claimDated,
  importArticleByPaste,
  seriousViolations,
  signIn,
  test,
  withDatabase,
} from "./support";

const fixture = (file: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/articles", file), "utf8");
const ARTICLE_000 = fixture("000_084f554aaf88ce56.txt");
const ARTICLE_002 = fixture("002_494f5185cd61c60b.txt");
const SOHR_REPORT = "وردت معلومات عن سقوط عدد من القتلى والجرحى من المهاجرين الفرنسيين وعناصر الأمن";
const ENCIRCLED = "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم";
const TRUCE = "اتفاق تهدئة مع مجموعة من المقاتلين الأجانب";
const shot = (name: string) => `/tmp/shots/case-overview-${name}.png`;

/** The x of the first and last "claimed" markers drawn on the axis. */
async function claimedMarkerEnds(page: Page): Promise<[number, number]> {
  const markers = page.getByTestId("timeline-axis").locator('[data-kind="claimed"]');
  const first = (await markers.first().boundingBox())!;
  const last = (await markers.last().boundingBox())!;
  return [first.x, last.x];
}

test("a case built from both reference articles shows its conflict side by side, its timeline and its numbers", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const caseTitle = `Harem camp operation ${run}`;
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  // Own copies of the reference articles (a line of their own makes them new to the duplicate check).
  await importArticleByPaste(page, `Harem: two accounts ${run}`, `${ARTICLE_002}\n\n${run}`);
  const clashes = page.url().split("/").pop()!;
  await claimDated(page, SOHR_REPORT, "CASUALTY_REPORT", "2025-10-22", { min: "1" });
  await claimDated(page, ENCIRCLED, "CASUALTY_REPORT", "2025-10-23", { min: "0", max: "0" });
  await importArticleByPaste(page, `Harem: the truce ${run}`, `${ARTICLE_000}\n\n${run}`);
  const truce = page.url().split("/").pop()!;
  await claimDated(page, TRUCE, "STATEMENT", "2025-10-24");
  // The case itself (its create form is another engineer's work): both articles with all their claims.
  const caseId = await withDatabase(async (client) => {
    const created = await client.query<{ id: string }>(
      `INSERT INTO "Case" (id, "teamId", title, "eventStart", "updatedAt")
       SELECT gen_random_uuid(), a."teamId", $1, '2025-10-22', now() FROM "Article" a WHERE a.id = $2 RETURNING id`,
      [caseTitle, clashes],
    );
    const id = created.rows[0]!.id;
    await client.query(
      `INSERT INTO "CaseArticle" ("caseId", "articleId", "allClaims") VALUES ($1, $2, true), ($1, $3, true)`,
      [id, clashes, truce],
    );
    return id;
  });

  // Overview: the two casualty reports side by side, SOHR's "at least one killed" against "none".
  await page.goto(`/cases/${caseId}`);
  const pair = page.getByTestId("conflict-pair");
  await expect(pair).toHaveCount(1);
  await expect(pair).toContainText("وردت معلومات عن سقوط");
  await expect(pair).toContainText("تطويقها مخيّماً");
  await expect(pair.getByTestId("conflict-figure")).toHaveText(["Killed: ≥ 1", "Killed: 0"]);
  await expect(page.getByTestId("figure-claims")).toContainText("3");
  await expect(page.getByTestId("figure-conflicts")).toContainText("1");
  await expect(page.getByTestId("case-status-groups")).toContainText("3 claims");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("en"), fullPage: true });

  // Timeline: every claim, in time order, in the picture and in the table.
  await page.goto(`/cases/${caseId}/timeline`);
  const claimed = page.getByTestId("timeline-list").locator('[data-kind="claimed"]');
  await expect(claimed).toHaveCount(3);
  await expect(claimed.nth(0)).toContainText("وردت معلومات عن سقوط");
  await expect(claimed.nth(1)).toContainText("تطويقها مخيّماً");
  await expect(claimed.nth(2)).toContainText(TRUCE);
  const [earliestEn, latestEn] = await claimedMarkerEnds(page);
  expect(earliestEn).toBeLessThan(latestEn);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("timeline-en"), fullPage: true });
  // Filtered to casualty reports by the form.
  await page.getByLabel("Type").selectOption("CASUALTY_REPORT");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/type=CASUALTY_REPORT/);
  await expect(claimed).toHaveCount(2);

  // In Arabic: the same conflict, and the axis runs right to left.
  await chooseLanguage(page, "ar");
  await page.goto(`/cases/${caseId}/timeline`);
  await expect(page.getByRole("heading", { name: "الخط الزمني", level: 2 })).toBeVisible();
  await expect(claimed).toHaveCount(3);
  await expect(page.getByTestId("timeline-list")).toContainText("قيل الادعاء");
  const [earliestAr, latestAr] = await claimedMarkerEnds(page);
  expect(earliestAr).toBeGreaterThan(latestAr);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("timeline-ar"), fullPage: true });
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole("heading", { name: "أرقام متعارضة" })).toBeVisible();
  await expect(page.getByTestId("conflict-pair").getByTestId("conflict-figure")).toHaveText(["قتلى: ≥ 1", "قتلى: 0"]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("ar"), fullPage: true });
  await chooseLanguage(page, "en");

  // The dashboard's case filter shows the same numbers.
  await page.goto("/dashboard");
  await page.getByLabel("Case").selectOption({ label: caseTitle });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`caseId=${caseId}`));
  await expect(page.getByRole("heading", { name: `Numbers of the case ${caseTitle}` })).toBeVisible();
  await expect(page.getByTestId("figure-claims")).toContainText("3");
  await expect(page.getByTestId("figure-conflicts")).toContainText("1");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("dashboard"), fullPage: true });
});
