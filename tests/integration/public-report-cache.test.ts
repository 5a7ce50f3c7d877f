import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderPublicReport } from "@/lib/server/reports/render-public-report";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { rotateSigningKey } from "@/lib/server/reports/rotate-signing-key";
import { setUpClaimStages } from "./claim-stages";
import { countingStatements } from "./sql-counting";
import { createArticle, createTeam } from "./support";

const counted = countingStatements();

const page = (token: string, number = 1) => renderPublicReport(token, { page: number, locale: "en" });

async function rendered(token: string, number = 1) {
  const result = await page(token, number);
  if (result.kind !== "page") throw new Error(`expected a page, got ${result.kind}`);
  return result;
}

describe("the public report's cache", () => {
  it("renders once, then again only when a version is published or retracted; a revoked link is gone at once", async () => {
    const stages = await setUpClaimStages();
    const { claim } = await stages.claimAt("PUBLISHED");
    const link = await createReportLink(stages.members.EDITOR, { articleId: stages.article.id });

    const { result: first, statements: rendering } = await counted(() => rendered(link.token));
    expect(first.fromCache).toBe(false);
    expect(rendering).toBeLessThanOrEqual(20);
    expect(first.html).toContain(`id="claim-${claim.id}"`);
    const { result: again, statements: fromCache } = await counted(() => rendered(link.token));
    // A cached page costs the one statement that reads the link and the fingerprint.
    expect(fromCache).toBe(1);
    expect(again).toMatchObject({ fromCache: true, etag: first.etag, html: first.html });

    // A second claim published: the next request shows it.
    const { claim: second } = await stages.claimAt("PUBLISHED");
    const afterPublish = await rendered(link.token);
    expect(afterPublish.fromCache).toBe(false);
    expect(afterPublish.etag).not.toBe(first.etag);
    expect(afterPublish.html).toContain(`id="claim-${second.id}"`);

    // A retraction, then a new signing key: each shows at once.
    await stages.step(stages.members.EDITOR, second, "retract", "The source withdrew the figure.");
    const afterRetraction = await rendered(link.token);
    expect(afterRetraction.fromCache).toBe(false);
    expect(afterRetraction.html).toContain("The source withdrew the figure.");
    await rotateSigningKey(stages.members.ADMIN);
    const afterRotation = await rendered(link.token);
    expect(afterRotation.fromCache).toBe(false);
    expect(afterRotation.etag).not.toBe(afterRetraction.etag);

    // Unrelated work (a draft claim) leaves the public page as it was.
    await stages.span(0, 10);
    expect(await rendered(link.token)).toMatchObject({ fromCache: true, etag: afterRotation.etag });

    await revokeReportLink(stages.members.EDITOR, { linkId: link.id });
    expect(await page(link.token)).toEqual({ kind: "gone" });
  });

  it("gives another token nothing of this report, and an unknown or malformed one nothing at all", async () => {
    const stages = await setUpClaimStages();
    const { claim } = await stages.claimAt("PUBLISHED");
    const link = await createReportLink(stages.members.EDITOR, { articleId: stages.article.id });
    expect((await rendered(link.token)).html).toContain(claim.id);

    const other = await createTeam();
    const otherArticle = await createArticle(other.team.id, "Another newsroom's article");
    const otherLink = await createReportLink(other.members.EDITOR, { articleId: otherArticle.id });
    const otherPage = await rendered(otherLink.token);
    expect(otherPage.html).not.toContain(claim.id);
    expect(otherPage.html).toContain("Another newsroom&#39;s article");

    expect(await page("A".repeat(43))).toEqual({ kind: "gone" });
    expect(await page("not-a-token")).toEqual({ kind: "gone" });
    expect(await page(link.token, 2)).toEqual({ kind: "noSuchPage" });
  });

  it("pages a large report 50 claims at a time, every page linked and under 250 KB", async () => {
    const stages = await setUpClaimStages();
    const { claim } = await stages.claimAt("PUBLISHED");
    // 119 more published versions of the same claim's shape: copies of the published row are what the page reads.
    const publication = await db.claimPublication.findFirstOrThrow({ where: { claimId: claim.id } });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const { id: _id, details, searchText: _searchText, ...fields } = row as typeof row & { searchText?: unknown };
    for (let index = 0; index < 119; index++) {
      const copy = await db.claim.create({
        data: { ...fields, details: details ?? {}, startOffset: 0, endOffset: 45 },
      });
      await db.claimPublication.create({
        data: {
          teamId: publication.teamId,
          claimId: copy.id,
          number: 1,
          snapshot: publication.snapshot ?? {},
          publishedAt: publication.publishedAt,
        },
      });
    }
    const link = await createReportLink(stages.members.EDITOR, { articleId: stages.article.id });
    const pages = await Promise.all([1, 2, 3].map((number) => rendered(link.token, number)));
    const ids = pages.flatMap((result) =>
      [...result.html.matchAll(/<article class="claim(?: short)?" id="claim-([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    expect(pages.map((result) => result.html.match(/<article class="claim[ "]/g)!.length)).toEqual([50, 50, 20]);
    for (const result of pages) {
      expect(Buffer.byteLength(result.html)).toBeLessThan(250_000);
      expect(result.html).toContain("120 claims");
    }
    // Every page links to every other one: the whole public record stays reachable.
    const hrefs = [`href="/r/${link.token}"`, `href="/r/${link.token}?page=2"`, `href="/r/${link.token}?page=3"`];
    pages.forEach((result, index) =>
      hrefs.forEach((href, target) => expect(result.html.includes(href)).toBe(target !== index)),
    );
    expect(pages[1]!.html).toContain(`<h2>51. `);
    expect(await page(link.token, 4)).toEqual({ kind: "noSuchPage" });
  });
});
