import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canonicalizeUrl } from "@/lib/domain/sources/canonical-url";
import { ZImportArticleInput } from "@/lib/schemas/articles";
import { addRevision } from "@/lib/server/articles/add-revision";
import { importArticle } from "@/lib/server/articles/import-article";
import { fetchArticleFromUrl } from "@/lib/server/net/fetch-article";
import { articlePageHtml, loopbackSite } from "./fixture-site";
import { auditEventsFor, createTeam, refusal } from "./support";

const REFERENCE = readFileSync(path.join(import.meta.dirname, "../fixtures/articles/002_494f5185cd61c60b.txt"), "utf8");
const TITLE = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";

const site = loopbackSite();
site.serveHtml("/harem", articlePageHtml("مخيم حارم", REFERENCE));

const allowFixture: typeof fetchArticleFromUrl = (url) =>
  fetchArticleFromUrl(url, { allow: [new URL(site.base).host] });
const paste = (text: string, extra: Record<string, unknown> = {}) =>
  ZImportArticleInput.parse({ source: "paste", text, ...extra });

describe("importing an article the team already has", () => {
  it("offers the existing article for the same pasted text (however its lines end), and imports anyway when asked", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const first = await importArticle(members.FACT_CHECKER, paste(REFERENCE));
    // The same text with Windows line ends, extra blank lines and trailing spaces is the same canonical text.
    const reshaped = REFERENCE.split("\n").join("  \r\n\r\n");
    const refused = await refusal(() => importArticle(members.FACT_CHECKER, paste(reshaped)));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      details: { reason: "duplicateArticle", articleId: first.articleId, title: TITLE, match: "text" },
    });
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(1);

    const anyway = await importArticle(members.FACT_CHECKER, paste(reshaped, { allowDuplicate: true }));
    expect(anyway.articleId).not.toBe(first.articleId);
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(2);
    expect((await auditEventsFor(anyway.articleId)).map((event) => event.action)).toEqual(["article.create"]);
  });

  it("finds the text of a later revision too", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const { articleId } = await importArticle(members.FACT_CHECKER, paste("A first draft of the statement."));
    await addRevision(members.FACT_CHECKER, { articleId, text: "The corrected statement, as published." } as never);
    expect(
      await refusal(() => importArticle(members.FACT_CHECKER, paste("The corrected statement, as published."))),
    ).toMatchObject({ code: "CONFLICT", details: { articleId, match: "text" } });
  });

  it("offers the existing article for the same page by its canonical URL, before fetching it again", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const first = await importArticle(
      members.FACT_CHECKER,
      ZImportArticleInput.parse({ source: "url", fetchUrl: `${site.base}/harem` }),
      allowFixture,
    );
    expect(await db.article.findUniqueOrThrow({ where: { id: first.articleId } })).toMatchObject({
      url: `${site.base}/harem`,
      canonicalUrl: `${site.base}/harem`,
    });
    const before = site.requests;
    const refused = await refusal(() =>
      importArticle(
        members.FACT_CHECKER,
        ZImportArticleInput.parse({ source: "url", fetchUrl: `${site.base}/harem/?utm_source=twitter#comments` }),
        allowFixture,
      ),
    );
    expect(refused).toMatchObject({ code: "CONFLICT", details: { articleId: first.articleId, match: "url" } });
    expect(site.requests).toBe(before);

    // A pasted text given the same web address is the same article too.
    expect(
      await refusal(() =>
        importArticle(members.FACT_CHECKER, paste("Other words entirely.", { url: `${site.base}/harem?fbclid=x` })),
      ),
    ).toMatchObject({ details: { articleId: first.articleId, match: "url" } });
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(1);

    await importArticle(
      members.FACT_CHECKER,
      ZImportArticleInput.parse({ source: "url", fetchUrl: `${site.base}/harem#again`, allowDuplicate: true }),
      allowFixture,
    );
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("never matches another team's article, and never names it", async () => {
    const mine = await createTeam(["FACT_CHECKER"]);
    const theirs = await createTeam(["FACT_CHECKER"]);
    await importArticle(theirs.members.FACT_CHECKER, paste(REFERENCE, { url: `${site.base}/theirs` }));
    const { articleId } = await importArticle(
      mine.members.FACT_CHECKER,
      paste(REFERENCE, { url: `${site.base}/theirs` }),
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).teamId).toBe(mine.team.id);
  });

  it("refuses a viewer before looking, and an allowDuplicate that is not a yes or no", async () => {
    const { members } = await createTeam(["FACT_CHECKER", "VIEWER"]);
    await importArticle(members.FACT_CHECKER, paste(REFERENCE));
    expect(await refusal(() => importArticle(members.VIEWER, paste(REFERENCE)))).toMatchObject({ code: "FORBIDDEN" });
    expect(ZImportArticleInput.safeParse({ source: "paste", text: "x", allowDuplicate: "yes" }).success).toBe(false);
  });

  it("fills the canonical URL of articles imported before the migration, as the app would for plain addresses", async () => {
    const { team } = await createTeam([]);
    const urls = [
      "https://Example.org/news/harem/#comments",
      "https://example.org",
      "https://example.org/a/?b=1",
      "http://example.org/plain",
    ];
    for (const url of urls)
      await db.article.create({
        data: { teamId: team.id, title: randomUUID(), url, language: "en", direction: "ltr" },
      });
    const migration = readFileSync(
      path.join(import.meta.dirname, "../../prisma/migrations/20261201000400_article_duplicates/migration.sql"),
      "utf8",
    );
    const backfill = /UPDATE "Article"[\s\S]*?WHERE url IS NOT NULL;/.exec(migration)![0];
    await db.$executeRawUnsafe(
      backfill.replace("WHERE url IS NOT NULL;", `WHERE url IS NOT NULL AND "teamId" = '${team.id}'`),
    );
    const rows = await db.article.findMany({ where: { teamId: team.id }, select: { url: true, canonicalUrl: true } });
    const byUrl = new Map(rows.map((row) => [row.url, row.canonicalUrl]));
    // The host's case is kept by the SQL (the app lowers it): the one difference, noted in the migration.
    expect(byUrl.get(urls[0]!)).toBe("https://Example.org/news/harem");
    for (const url of urls.slice(1)) expect(byUrl.get(url)).toBe(canonicalizeUrl(url));
  });
});
