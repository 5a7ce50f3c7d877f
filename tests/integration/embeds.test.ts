import { describe, expect, it } from "vitest";
import { GET as oEmbedRoute } from "@/app/api/oembed/route";
import { appUrl } from "@/lib/config/env";
import { claimEmbedPath, publicClaimPath } from "@/lib/domain/embeds/public-claim-url";
import { createFeedLink } from "@/lib/server/embeds/create-feed-link";
import { claimEmbedOf } from "@/lib/server/embeds/get-claim-embed";
import { getClaim } from "@/lib/server/claims/get-claim";
import { listFeedLinks } from "@/lib/server/embeds/list-feed-links";
import { renderPublicClaim } from "@/lib/server/embeds/render-public-claim";
import { renderTeamFeed } from "@/lib/server/embeds/render-team-feed";
import { resolveOEmbed } from "@/lib/server/embeds/resolve-oembed";
import { revokeFeedLink } from "@/lib/server/embeds/revoke-feed-link";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { renderPublicReport } from "@/lib/server/reports/render-public-report";
import { createReportLink, revokeReportLink } from "@/lib/server/reports/report-links";
import { setUpClaimStages } from "./claim-stages";
import { countingStatements } from "./sql-counting";
import { auditEventsFor, refusal } from "./support";

const counted = countingStatements();

type Address = { token: string; claimId: string };
const page = (address: Address, locale: "en" | "ar" = "en") => renderPublicClaim(address, { view: "page", locale });
const embed = (address: Address, locale: "en" | "ar" = "en") => renderPublicClaim(address, { view: "embed", locale });
async function html(result: Promise<Awaited<ReturnType<typeof page>>>): Promise<string> {
  const rendered = await result;
  if (rendered.kind !== "page") throw new Error("expected a page, got gone");
  return rendered.html;
}
const pageUrl = (address: Address) => appUrl(publicClaimPath(address));

interface JsonFeed {
  items: { id: string; url: string; title: string; _claimreview: { status: string } }[];
}
async function feed(token: string): Promise<JsonFeed> {
  const result = await renderTeamFeed(token, "jsonFeed");
  if (result.kind !== "feed") throw new Error("expected a feed");
  return JSON.parse(result.body) as JsonFeed;
}
async function claimReviews(token: string): Promise<{ url: string; claimReviewed: string }[]> {
  const result = await renderTeamFeed(token, "claimReview");
  if (result.kind !== "feed") throw new Error("expected a feed");
  return JSON.parse(result.body) as { url: string; claimReviewed: string }[];
}

describe("embeddable published claims", () => {
  it("a published claim of an article with a live link has a page, an embed, an oEmbed answer and a feed item", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("PUBLISHED");
    const feedLink = await createFeedLink(s.members.EDITOR);
    const feedToken = feedLink.jsonFeedUrl.split("/").at(-2)!;
    // Published but not public yet: no article link, nothing in the feed, not public for the editor either.
    expect((await feed(feedToken)).items).toEqual([]);
    expect(claimEmbedOf(await getClaim(s.members.VIEWER, claim.id), s.members.VIEWER.teamName)).toEqual({
      kind: "notPublic",
    });

    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const address = { token: link.token, claimId: claim.id };

    const { result: first, statements } = await counted(() => page(address));
    expect(statements).toBeLessThanOrEqual(6);
    if (first.kind !== "page") throw new Error("expected the page");
    expect(first.html).toContain(claim.statement);
    expect(first.html).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${appUrl(`/api/oembed?url=${encodeURIComponent(pageUrl(address))}&amp;format=json`)}"`,
    );
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(first.html)![1]!);
    expect(jsonLd).toMatchObject({ "@type": "ClaimReview", url: pageUrl(address), claimReviewed: claim.statement });
    // Cached: the one statement that reads the link, the claim and the fingerprint.
    const { result: again, statements: fromCache } = await counted(() => page(address));
    expect(fromCache).toBe(1);
    expect(again).toMatchObject({ fromCache: true, etag: first.etag });

    const card = await html(embed(address, "ar"));
    expect(card).toMatch(/<html lang="ar" dir="rtl">/);
    expect(card).toContain(claim.statement);
    expect(card).toContain(`href="${pageUrl(address)}" target="_blank" rel="noopener"`);
    expect(card).not.toContain("<script");

    const answer = await resolveOEmbed({ url: pageUrl(address), maxwidth: 300 });
    expect(answer).toMatchObject({ type: "rich", version: "1.0", provider_name: "ClaimDesk", title: claim.statement });
    expect(answer!.width).toBeLessThanOrEqual(300);
    expect(answer!.html).toContain(`src="${appUrl(claimEmbedPath(address))}"`);

    const { result: items, statements: feedStatements } = await counted(() => feed(feedToken));
    expect(feedStatements).toBeLessThanOrEqual(5);
    expect(items.items).toEqual([
      expect.objectContaining({ id: pageUrl(address), url: pageUrl(address), title: claim.statement }),
    ]);
    expect(await claimReviews(feedToken)).toEqual([
      expect.objectContaining({ url: pageUrl(address), claimReviewed: claim.statement }),
    ]);

    // The public report links the claim to its page; the editor sees the address and the embed code.
    const report = await renderPublicReport(link.token, { page: 1, locale: "en" });
    expect(report.kind === "page" && report.html).toContain(`href="${publicClaimPath(address)}"`);
    expect(claimEmbedOf(await getClaim(s.members.VIEWER, claim.id), s.members.VIEWER.teamName)).toMatchObject({
      kind: "public",
      pageUrl: pageUrl(address),
      snippet: expect.stringContaining(`src="${appUrl(claimEmbedPath(address))}"`),
    });
  });

  it("gives nothing of an unpublished claim, another team's claim, a revoked link or a revoked feed", async () => {
    const s = await setUpClaimStages();
    const { claim: published } = await s.claimAt("PUBLISHED");
    const { claim: inReview } = await s.claimAt("IN_REVIEW");
    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const feedLink = await createFeedLink(s.members.ADMIN);
    const feedToken = feedLink.jsonFeedUrl.split("/").at(-2)!;

    const other = await setUpClaimStages();
    const { claim: theirs } = await other.claimAt("PUBLISHED");
    const theirLink = await createReportLink(other.members.EDITOR, { articleId: other.article.id });

    // Unpublished: no page, no card, no oEmbed, no feed item, no embed code.
    const unpublished = { token: link.token, claimId: inReview.id };
    expect(await page(unpublished)).toEqual({ kind: "gone" });
    expect(await embed(unpublished)).toEqual({ kind: "gone" });
    expect(await resolveOEmbed({ url: pageUrl(unpublished) })).toBeNull();
    expect(claimEmbedOf(await getClaim(s.members.EDITOR, inReview.id), s.members.EDITOR.teamName)).toEqual({
      kind: "notPublished",
    });
    // Another team's published claim, under our link; ours under theirs; theirs is not in our feed.
    expect(await page({ token: link.token, claimId: theirs.id })).toEqual({ kind: "gone" });
    expect(await embed({ token: theirLink.token, claimId: published.id })).toEqual({ kind: "gone" });
    expect(await resolveOEmbed({ url: pageUrl({ token: link.token, claimId: theirs.id }) })).toBeNull();
    expect((await refusal(() => getClaim(s.members.EDITOR, theirs.id))).code).toBe("NOT_FOUND");
    expect((await feed(feedToken)).items.map((item) => item.title)).toEqual([published.statement]);
    expect(await html(page({ token: theirLink.token, claimId: theirs.id }))).toContain(theirs.statement);

    // Hostile input answers nothing, without a query.
    const { result: malformed, statements } = await counted(async () => [
      await page({ token: link.token, claimId: "1 OR 1=1" }),
      await page({ token: "x".repeat(5_000), claimId: published.id }),
      await resolveOEmbed({ url: `${pageUrl({ token: link.token, claimId: published.id })}${"/".repeat(5_000)}` }),
      await resolveOEmbed({ url: pageUrl({ token: link.token, claimId: published.id }).replace(/^http/, "ftp") }),
      await resolveOEmbed({
        url: `https://evil.example${publicClaimPath({ token: link.token, claimId: published.id })}`,
      }),
      await renderTeamFeed("../../etc/passwd", "jsonFeed"),
    ]);
    expect(statements).toBe(0);
    expect(malformed).toEqual([{ kind: "gone" }, { kind: "gone" }, null, null, null, { kind: "gone" }]);

    // A revoked article link: its claim pages, cards and oEmbed are gone, and the feed drops the claim.
    const address = { token: link.token, claimId: published.id };
    expect((await page(address)).kind).toBe("page");
    await revokeReportLink(s.members.EDITOR, { linkId: link.id });
    expect(await page(address)).toEqual({ kind: "gone" });
    expect(await embed(address)).toEqual({ kind: "gone" });
    expect(await resolveOEmbed({ url: pageUrl(address) })).toBeNull();
    expect((await feed(feedToken)).items).toEqual([]);

    // A revoked feed link answers nothing; the change is audited; a viewer may not, another team cannot name it.
    expect((await refusal(() => revokeFeedLink(s.members.VIEWER, { linkId: feedLink.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(() => revokeFeedLink(other.members.ADMIN, { linkId: feedLink.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(() => listFeedLinks(s.members.FACT_CHECKER))).code).toBe("FORBIDDEN");
    await revokeFeedLink(s.members.EDITOR, { linkId: feedLink.id });
    expect(await renderTeamFeed(feedToken, "jsonFeed")).toEqual({ kind: "gone" });
    expect(await renderTeamFeed(feedToken, "claimReview")).toEqual({ kind: "gone" });
    expect((await auditEventsFor(feedLink.id)).map((event) => event.action)).toEqual([
      "feedLink.create",
      "feedLink.revoke",
    ]);
    expect((await listFeedLinks(other.members.EDITOR)).map((entry) => entry.id)).not.toContain(feedLink.id);
  });

  it("GET /api/oembed: zod at the edge, JSON only, 404 for anything but a live public claim of this server", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("PUBLISHED");
    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const url = pageUrl({ token: link.token, claimId: claim.id });
    const get = (query: string) => oEmbedRoute(new Request(`${appUrl("/api/oembed")}?${query}`));
    const ok = await get(`url=${encodeURIComponent(url)}&format=json&maxwidth=320&maxheight=200`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("application/json");
    expect(await ok.json()).toMatchObject({ type: "rich", width: 320, height: 200, title: claim.statement });
    expect((await get(`url=${encodeURIComponent(url)}&format=xml`)).status).toBe(501);
    expect((await get(`url=${encodeURIComponent(url)}${"x".repeat(3_000)}`)).status).toBe(400);
    expect((await get(`url=${encodeURIComponent(url)}&maxwidth=-5`)).status).toBe(400);
    expect((await get("format=json")).status).toBe(400);
    expect((await get(`url=${encodeURIComponent("http://169.254.169.254/latest/meta-data")}`)).status).toBe(404);
    await revokeReportLink(s.members.EDITOR, { linkId: link.id });
    expect((await get(`url=${encodeURIComponent(url)}`)).status).toBe(404);
  });

  it("a correction in progress shows nowhere: page, card, oEmbed and feed keep the last published version", async () => {
    const s = await setUpClaimStages();
    const { claim: published } = await s.claimAt("PUBLISHED");
    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const feedToken = (await createFeedLink(s.members.EDITOR)).jsonFeedUrl.split("/").at(-2)!;
    const address = { token: link.token, claimId: published.id };

    let draft = await s.step(s.members.EDITOR, published, "correct", "The toll was revised.");
    draft = await updateClaim(s.members.FACT_CHECKER, {
      claimId: draft.id,
      version: draft.version,
      statement: "A DRAFT STATEMENT nobody may see yet",
      details: { type: "EVENT" },
      claimantId: null,
      reportedViaId: null,
      claimedAt: null,
      assigneeId: null,
    });
    await s.rate(s.members.FACT_CHECKER, await loadClaim(s.team.id, draft.id), "MOSTLY_TRUE");

    const views = [
      await html(page(address)),
      await html(embed(address)),
      JSON.stringify(await resolveOEmbed({ url: pageUrl(address) })),
      JSON.stringify(await feed(feedToken)),
      JSON.stringify(await claimReviews(feedToken)),
      JSON.stringify(claimEmbedOf(await getClaim(s.members.EDITOR, published.id), s.members.EDITOR.teamName)),
    ];
    for (const view of views) {
      expect(view).toContain(published.statement);
      expect(view).not.toContain("DRAFT STATEMENT");
      expect(view).not.toContain("Mostly true");
    }
  });

  it("a retracted claim stays visible, marked retracted; its ClaimReview is withdrawn", async () => {
    const s = await setUpClaimStages();
    const { claim: published } = await s.claimAt("PUBLISHED");
    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const feedToken = (await createFeedLink(s.members.EDITOR)).jsonFeedUrl.split("/").at(-2)!;
    const address = { token: link.token, claimId: published.id };
    const before = await page(address);
    await s.step(s.members.EDITOR, await loadClaim(s.team.id, published.id), "retract", "The account was fabricated.");

    const after = await page(address, "en");
    if (after.kind !== "page" || before.kind !== "page") throw new Error("expected the page");
    expect(after.etag).not.toBe(before.etag);
    expect(after.html).toContain("data-retracted");
    expect(after.html).toContain("The account was fabricated.");
    expect(after.html).not.toContain("application/ld+json");
    expect(await html(embed(address))).toContain("data-retracted");
    expect(await resolveOEmbed({ url: pageUrl(address) })).toMatchObject({ title: published.statement });
    expect((await feed(feedToken)).items).toEqual([
      expect.objectContaining({
        url: pageUrl(address),
        _claimreview: expect.objectContaining({ status: "RETRACTED" }),
      }),
    ]);
    expect(await claimReviews(feedToken)).toEqual([]);
  });
});
