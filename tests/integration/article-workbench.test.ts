import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getArticleWorkbench, PANEL_PAGE_SIZE } from "@/lib/server/articles/get-article-workbench";
import { getWorkbenchClaim } from "@/lib/server/articles/get-workbench-claim";
import { listWorkbenchClaimItems } from "@/lib/server/articles/list-workbench-claim-items";
import { PREVIEW_LIMIT } from "@/lib/domain/text/preview-text";
import { createClaim } from "@/lib/server/claims/create-claim";
import { countingStatements } from "./sql-counting";
import { refusal, createTeam } from "./support";

const counted = countingStatements();

/** An article of 120 sentences, a claim on each, one of them orphaned. */
async function largeArticle() {
  const { team, members } = await createTeam();
  const sentences = Array.from(
    { length: 120 },
    (_, index) => `Sentence ${String(index).padStart(3, "0")} says a thing.`,
  );
  const text = sentences.join("\n\n");
  const article = await db.article.create({
    data: {
      teamId: team.id,
      title: "A long article",
      language: "en",
      direction: "ltr",
      revisions: { create: { number: 1, text, sha256: "0".repeat(64), origin: "PASTE" } },
    },
    include: { revisions: true },
  });
  const revision = article.revisions[0]!;
  const claims = [];
  let offset = 0;
  for (const sentence of sentences) {
    claims.push(
      await createClaim(members.FACT_CHECKER, {
        articleId: article.id,
        revisionId: revision.id,
        start: offset,
        end: offset + sentence.length,
        statement: `${sentence} ${"x".repeat(400)}`,
        details: { type: "OTHER" },
      } as never),
    );
    offset += sentence.length + 2;
  }
  await db.claim.update({ where: { id: claims[7]!.id }, data: { anchorStatus: "ORPHANED" } });
  return { team, members, article, claims };
}

describe("the reader's page data", () => {
  it("draws every claim but sends the panel's first page only, in reading order, with short texts", async () => {
    const { members, article, claims } = await largeArticle();
    const { result: view, statements } = await counted(() => getArticleWorkbench(members.VIEWER, article.id));
    // Bounded, whatever the article's size: no statement per claim.
    expect(statements).toBeLessThanOrEqual(12);
    expect(view.claimCount).toBe(120);
    expect(view.spans).toHaveLength(119);
    expect(view.notFoundIds).toEqual([claims[7]!.id]);
    expect(view.spans.map((span) => span.claimId)).toEqual(claims.filter((_, i) => i !== 7).map((claim) => claim.id));
    expect(view.revision.text.startsWith("Sentence 000")).toBe(true);
    // The first page of highlighted rows, then the not-found one.
    expect(view.items.map((item) => item.id)).toEqual([
      ...view.spans.slice(0, PANEL_PAGE_SIZE).map((span) => span.claimId),
      claims[7]!.id,
    ]);
    expect(view.items.every((item) => item.statement.length <= PREVIEW_LIMIT)).toBe(true);
    expect(JSON.stringify(view).length).toBeLessThan(60_000);
  });

  it("pages the panel by the ids the page sent, without repeats or gaps; another team gets nothing", async () => {
    const { members, article } = await largeArticle();
    const view = await getArticleWorkbench(members.VIEWER, article.id);
    const ids = view.spans.map((span) => span.claimId);
    const seen = view.items.slice(0, PANEL_PAGE_SIZE).map((item) => item.id);
    for (let from = PANEL_PAGE_SIZE; from < ids.length; from += PANEL_PAGE_SIZE) {
      const page = await listWorkbenchClaimItems(members.VIEWER, {
        articleId: article.id,
        claimIds: ids.slice(from, from + PANEL_PAGE_SIZE),
      });
      seen.push(...page.map((item) => item.id));
    }
    expect(seen).toEqual(ids);
    // Never more than a page, whatever is asked.
    expect(await listWorkbenchClaimItems(members.VIEWER, { articleId: article.id, claimIds: ids })).toHaveLength(
      PANEL_PAGE_SIZE,
    );

    const other = await createTeam();
    expect(
      await listWorkbenchClaimItems(other.members.ADMIN, { articleId: article.id, claimIds: ids.slice(0, 5) }),
    ).toEqual([]);
    expect((await refusal(() => getArticleWorkbench(other.members.ADMIN, article.id))).code).toBe("NOT_FOUND");
    expect(
      (await refusal(() => getWorkbenchClaim(other.members.ADMIN, { articleId: article.id, claimId: ids[0]! }))).code,
    ).toBe("NOT_FOUND");
  });

  it("opens one claim whole for the editor", async () => {
    const { members, article, claims } = await largeArticle();
    const claim = await getWorkbenchClaim(members.VIEWER, { articleId: article.id, claimId: claims[3]!.id });
    expect(claim).toMatchObject({ id: claims[3]!.id, version: claims[3]!.version, statement: claims[3]!.statement });
    expect(claim.statement.length).toBeGreaterThan(PREVIEW_LIMIT);
  });
});
