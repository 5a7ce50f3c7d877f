import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZImportArticleWithQuoteInput } from "@/lib/schemas/send-to-claimdesk";
import { importArticleWithQuote } from "@/lib/server/articles/import-article-with-quote";
import { fetchArticleFromUrl } from "@/lib/server/net/fetch-article";
import { articlePageHtml, loopbackSite } from "./fixture-site";
import { auditEventsFor, createTeam, refusal } from "./support";

const FIRST = "أفادت مصادر محلية بسقوط قتلى وجرحى في صفوف المقاتلين الفرنسيين خلال الاشتباكات في محيط المخيم غرب إدلب.";
const SECOND = "وقالت المصادر إن الاشتباكات استمرت حتى ساعات الفجر، وإن سيارات الإسعاف نقلت عدداً من المصابين.";

const site = loopbackSite();
const allowFixture: typeof fetchArticleFromUrl = (url) =>
  fetchArticleFromUrl(url, { allow: [new URL(site.base).host] });

/** A fresh page of the fixture site (the duplicate check keys on its address). */
function newPage(): string {
  const path = `/harem-${randomUUID().slice(0, 8)}`;
  site.serveHtml(path, articlePageHtml("اشتباكات في محيط مخيم حارم", `${FIRST}\n${SECOND}`));
  return `${site.base}${path}`;
}

const send = (fetchUrl: string, quote: string, extra: Record<string, unknown> = {}) =>
  ZImportArticleWithQuoteInput.parse({ source: "url", fetchUrl, quote, ...extra });

describe("importing an article with the passage that becomes its first claim", () => {
  it("imports the page and claims the selected passage, found despite the browser's whitespace", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    // As a browser copies a selection across two paragraphs: a blank line between them, a trailing newline.
    const selection = "خلال الاشتباكات في محيط المخيم غرب إدلب.\n\nوقالت المصادر إن الاشتباكات\n";
    const result = await importArticleWithQuote(members.FACT_CHECKER, send(newPage(), selection), allowFixture);
    expect(result).toMatchObject({ quote: "created", claimId: expect.any(String) });

    const claim = await db.claim.findUniqueOrThrow({ where: { id: result.claimId! } });
    expect(claim).toMatchObject({ articleId: result.articleId, type: "OTHER" });
    expect(claim.exact).toMatch(/^خلال الاشتباكات في محيط المخيم غرب إدلب\.\s+وقالت المصادر إن الاشتباكات$/);
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: result.articleId } });
    expect(revision.text.slice(claim.startOffset, claim.endOffset)).toBe(claim.exact);
    expect((await auditEventsFor(result.articleId)).map((event) => event.action)).toEqual(["article.create"]);
    expect((await auditEventsFor(claim.id)).map((event) => event.action)).toEqual(["claim.create"]);
  });

  it("keeps the article and makes no claim when the passage is not in the extracted text", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const result = await importArticleWithQuote(
      members.FACT_CHECKER,
      send(newPage(), "A sentence the page never said."),
      allowFixture,
    );
    expect(result).toEqual({ articleId: expect.any(String), claimId: null, quote: "quoteNotFound" });
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(1);
    expect(await db.claim.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("does not guess between two places the passage stands", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const result = await importArticleWithQuote(members.FACT_CHECKER, send(newPage(), "الاشتباكات"), allowFixture);
    expect(result.quote).toBe("quoteAmbiguous");
    expect(await db.claim.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("offers the team's existing article for a page already imported, and claims the passage there when chosen", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const url = newPage();
    const first = await importArticleWithQuote(members.FACT_CHECKER, send(url, FIRST), allowFixture);
    const refused = await refusal(() => importArticleWithQuote(members.FACT_CHECKER, send(url, SECOND), allowFixture));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      details: { reason: "duplicateArticle", articleId: first.articleId },
    });
    const there = await importArticleWithQuote(
      members.FACT_CHECKER,
      send(url, SECOND, { intoArticleId: first.articleId }),
      allowFixture,
    );
    expect(there).toMatchObject({ articleId: first.articleId, quote: "created" });
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(1);
    expect(await db.claim.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("refuses a viewer before anything is fetched or written", async () => {
    const { team, members } = await createTeam(["VIEWER"]);
    const requests = site.requests;
    expect(
      await refusal(() => importArticleWithQuote(members.VIEWER, send(newPage(), FIRST), allowFixture)),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(site.requests).toBe(requests);
    expect(await db.article.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("answers NOT_FOUND for another team's article, and writes nothing there", async () => {
    const mine = await createTeam(["FACT_CHECKER"]);
    const theirs = await createTeam(["FACT_CHECKER"]);
    const url = newPage();
    const { articleId } = await importArticleWithQuote(theirs.members.FACT_CHECKER, send(url, FIRST), allowFixture);
    expect(
      await refusal(() =>
        importArticleWithQuote(
          mine.members.FACT_CHECKER,
          send(url, SECOND, { intoArticleId: articleId }),
          allowFixture,
        ),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { teamId: mine.team.id } })).toBe(0);
  });

  it("refuses an oversized or empty quote at the edge", () => {
    const oversized = ZImportArticleWithQuoteInput.safeParse({
      source: "url",
      fetchUrl: "https://news.example/a",
      quote: "ق".repeat(2_001),
    });
    expect(oversized.success).toBe(false);
    expect(oversized.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["quote", "tooLong"],
    ]);
    expect(
      ZImportArticleWithQuoteInput.safeParse({ source: "url", fetchUrl: "https://news.example/a", quote: " \n " })
        .success,
    ).toBe(false);
  });
});
