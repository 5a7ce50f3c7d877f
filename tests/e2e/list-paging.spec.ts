import { randomUUID } from "node:crypto";
import pg from "pg";
import { ACCOUNTS, expect, seriousViolations, signIn, test } from "./support";

const COUNT = 55;

/**
 * 55 articles in the demo team, straight into the table (the UI would take minutes), dated
 * in 2001 so they are the team's oldest: the other specs' articles stay on the first page.
 */
async function seedOldArticles(tag: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; title: string }>(
      `INSERT INTO "Article" ("id", "teamId", "title", "language", "direction", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), team."id", 'Paging ' || $1 || ' ' || n, 'en', 'ltr',
              TIMESTAMP '2001-01-01' + n * INTERVAL '1 minute', now()
       FROM generate_series(0, $2::int - 1) AS n, "Team" AS team WHERE team."slug" = 'demo'
       RETURNING "id", "title"`,
      [tag, COUNT],
    );
    await client.query(
      `INSERT INTO "ArticleRevision" ("id", "articleId", "number", "text", "sha256", "origin")
       SELECT gen_random_uuid(), "id", 1, "title" || '.', repeat('0', 64), 'PASTE' FROM "Article" WHERE "id" = ANY($1::uuid[])`,
      [rows.map((row) => row.id)],
    );
    return new Map(rows.map((row) => [row.title, row.id]));
  } finally {
    await client.end();
  }
}

test("the article list pages 50 at a time, and the review queue's article filter is picked with the keyboard", async ({
  page,
  playwright,
  baseURL,
}) => {
  const tag = randomUUID().slice(0, 8);
  const ids = await seedOldArticles(tag);
  expect(ids.size).toBe(COUNT);
  await signIn(page, ACCOUNTS.EDITOR.email);

  // Every page holds at most 50; following "Next page" to the end shows each article once, newest first.
  const list = page.getByTestId("article-list");
  const titles: string[] = [];
  // Titles repeat (the same article imported twice); addresses do not.
  const addresses: string[] = [];
  let pages = 0;
  for (;;) {
    pages += 1;
    const onPage = await list.getByRole("heading", { level: 2 }).allTextContents();
    expect(onPage.length).toBeLessThanOrEqual(50);
    titles.push(...onPage);
    addresses.push(
      ...(await list
        .getByRole("heading", { level: 2 })
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))),
    );
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByRole("link", { name: "First page" })).toBeVisible();
    expect(pages).toBeLessThan(20);
  }
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(addresses).toHaveLength(titles.length);
  expect(new Set(addresses).size).toBe(addresses.length);
  const ours = titles.filter((title) => title.startsWith(`Paging ${tag} `));
  expect(ours).toEqual(Array.from({ length: COUNT }, (_, i) => `Paging ${tag} ${COUNT - 1 - i}`));
  await expect(page.getByText(new RegExp(`^${titles.length} articles$`))).toBeVisible();
  await page.getByRole("link", { name: "First page" }).click();
  await expect(page).not.toHaveURL(/cursor=/);

  // The review queue's article filter looks articles up as one types, and is driven by the keyboard.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  const picker = page.getByRole("combobox", { name: "Article" });
  await picker.focus();
  await page.keyboard.type(`Paging ${tag} 1`);
  const options = page.getByRole("listbox", { name: "Article" }).getByRole("option");
  // "1" and "10" to "19", newest first.
  await expect(options).toHaveCount(11);
  await expect(options.first()).toHaveText(`Paging ${tag} 19`);
  await page.keyboard.press("ArrowDown");
  await expect(picker).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(picker).toHaveValue(`Paging ${tag} 18`);
  await expect(options).toHaveCount(0);
  // The next Enter sends the form: the filter lands in the URL, and is shown by name.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`articleId=${ids.get(`Paging ${tag} 18`)}`));
  await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue(`Paging ${tag} 18`);
  await expect(page.getByText("Nothing waits for review.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Emptying the box turns the filter off.
  await page.getByRole("combobox", { name: "Article" }).fill("");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).not.toHaveURL(/articleId=[0-9a-f]/);

  // The lookup refuses what no person types, and answers no one signed out.
  const tooLong = await page.request.get(`/api/pickers/articles?q=${"x".repeat(5000)}`);
  expect(tooLong.status()).toBe(400);
  expect(await tooLong.json()).toEqual({ error: "VALIDATION" });
  expect((await page.request.get("/api/pickers/claims?q=x")).status()).toBe(400);
  const stranger = await playwright.request.newContext({ baseURL });
  expect((await stranger.get("/api/pickers/articles?q=Paging")).status()).toBe(401);
  await stranger.dispose();
});
