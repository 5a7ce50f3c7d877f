import pg from "pg";
import { ACCOUNTS, chooseLanguage, expect, seriousViolations, signIn, test } from "./support";

const MARK = "e2e dashboard bulk claim";
const BULK = 1_000;

/**
 * A team past the live-count size: the dashboard reads its stored figures and says when they were
 * counted, in English and Arabic. The bulk claims go straight into the database and are removed
 * again afterwards, so the other specs see the demo team as they left it (counted live).
 */
test("a large team's dashboard shows its stored figures with the time they were counted", async ({ page }) => {
  const client = new pg.Client({
    connectionString: process.env.E2E_DATABASE_OWNER_URL ?? process.env.E2E_DATABASE_URL,
  });
  await client.connect();
  const { rows } = await client.query<{ teamId: string; articleId: string; revisionId: string }>(
    `SELECT a."teamId", a.id AS "articleId", r.id AS "revisionId"
       FROM "Article" a JOIN "ArticleRevision" r ON r."articleId" = a.id
       JOIN "Team" t ON t.id = a."teamId"
      WHERE t.name = 'Demo Newsroom' ORDER BY a."createdAt", r.number LIMIT 1`,
  );
  const { teamId, articleId, revisionId } = rows[0]!;
  const addClaims = (count: number) =>
    client.query(
      `INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix,
         suffix, statement, type, "updatedAt")
       SELECT gen_random_uuid(), $1, $2, $3, 0, 1, 'x', '', '', $4 || ' ' || i, 'STATEMENT', now() AT TIME ZONE 'UTC'
       FROM generate_series(1, $5::int) i`,
      [teamId, articleId, revisionId, MARK, count],
    );
  const cleanUp = async () => {
    await client.query(`DELETE FROM "Claim" WHERE "teamId" = $1 AND statement LIKE $2`, [teamId, `${MARK}%`]);
    await client.query(`DELETE FROM "TeamDashboardRollup" WHERE "teamId" = $1`, [teamId]);
  };
  try {
    await addClaims(BULK);
    await client.query(`DELETE FROM "TeamDashboardRollup" WHERE "teamId" = $1`, [teamId]);
    await signIn(page, ACCOUNTS.EDITOR.email);

    // First view: nothing stored yet, so counted in the request (live, no time shown) and stored.
    await page.goto("/dashboard");
    const newRow = page.getByTestId("chart-funnel").getByRole("row", { name: "New" });
    await expect(newRow).toHaveText(/^New\d+$/);
    const counted = Number((await newRow.textContent())!.replace(/\D/g, ""));
    expect(counted).toBeGreaterThanOrEqual(BULK);
    await expect(page.getByTestId("dashboard-as-of")).toHaveCount(0);

    // Another claim, and the next view reads the stored figures: the same count, with when it was made.
    await addClaims(1);
    await page.reload();
    await expect(page.getByTestId("dashboard-as-of")).toContainText(/^Figures as of .+ \((now|\d+ seconds? ago)\)\.$/);
    await expect(newRow).toHaveText(`New${counted}`);
    expect(await seriousViolations(page)).toEqual([]);

    await chooseLanguage(page, "ar");
    await expect(page.getByTestId("dashboard-as-of")).toContainText("الأرقام كما كانت في");
    await expect(page.getByTestId("dashboard-as-of").locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    await page.screenshot({ path: "test-results/e2e/dashboard-as-of-ar.png", fullPage: true });
    await chooseLanguage(page, "en");
  } finally {
    await cleanUp();
    await client.end();
  }
});
