import { randomUUID } from "node:crypto";
import pg from "pg";
import { ACCOUNTS, expect, seriousViolations, signIn, test } from "./support";

const COMMENTS = 55;

/**
 * A claim of the demo team with a long history: created, then 55 comments, written straight
 * into the tables (through the UI it would take minutes) the way the use cases record them.
 */
async function seedClaimWithLongHistory(tag: string): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ claimId: string }>(
      `WITH team AS (SELECT id FROM "Team" WHERE slug = 'demo'),
       article AS (
         INSERT INTO "Article" (id, "teamId", title, language, direction, "updatedAt")
         SELECT gen_random_uuid(), team.id, 'History ' || $1, 'en', 'ltr', now() FROM team
         RETURNING id, "teamId"),
       revision AS (
         INSERT INTO "ArticleRevision" (id, "articleId", number, text, sha256, origin)
         SELECT gen_random_uuid(), id, 1, 'A claim with a long history ' || $1 || '.', repeat('0', 64), 'PASTE' FROM article
         RETURNING id, "articleId")
       INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix,
         statement, type, status, "updatedAt")
       SELECT gen_random_uuid(), article."teamId", article.id, revision.id, 0, 27, 'A claim with a long history', '', '',
         'A claim with a long history ' || $1, 'EVENT', 'NEW', now()
       FROM article JOIN revision ON revision."articleId" = article.id
       RETURNING id AS "claimId"`,
      [tag],
    );
    const claimId = rows[0]!.claimId;
    await client.query(
      `INSERT INTO "AuditEvent" ("teamId", action, "entityType", "entityId", after, "claimId")
       SELECT "teamId", 'claim.create', 'Claim', id::text, jsonb_build_object('statement', statement), id
       FROM "Claim" WHERE id = $1`,
      [claimId],
    );
    await client.query(
      `INSERT INTO "AuditEvent" ("teamId", action, "entityType", "entityId", after, "claimId")
       SELECT c."teamId", 'comment.create', 'Comment', gen_random_uuid()::text,
              jsonb_build_object('claimId', c.id, 'parentId', NULL, 'body', 'History note ' || n), c.id
       FROM "Claim" c, generate_series(1, $2::int) AS n WHERE c.id = $1 ORDER BY n`,
      [claimId, COMMENTS],
    );
    return claimId;
  } finally {
    await client.end();
  }
}

test("a claim's long history streams in 50 events at a time, with a link to the earlier ones", async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const claimId = await seedClaimWithLongHistory(tag);
  await signIn(page, ACCOUNTS.VIEWER.email);
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`A claim with a long history ${tag}`);

  // The latest 50 events, oldest first: comments 6 to 55; the creation is on the earlier page.
  const history = page.getByTestId("history");
  // The timeline's own entries (an entry lists its changes as a nested list).
  const entries = history.locator(":scope > li");
  await expect(entries.filter({ hasText: "commented" })).toHaveCount(50);
  await expect(entries.first()).toContainText("History note 6");
  await expect(entries.last()).toContainText(`History note ${COMMENTS}`);
  await expect(history).not.toContainText("created the claim");
  await expect(page.getByRole("heading", { name: "Seen elsewhere" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Show earlier history" }).click();
  await expect(page).toHaveURL(/[?&]history=[^&#]+#history$/);
  await expect(entries).toHaveCount(6);
  await expect(entries.first()).toContainText("created the claim");
  await expect(entries.last()).toContainText("History note 5");
  await expect(page.getByRole("link", { name: "Show earlier history" })).toHaveCount(0);

  await page.getByRole("link", { name: "Back to the latest history" }).click();
  await expect(entries.last()).toContainText(`History note ${COMMENTS}`);
});
