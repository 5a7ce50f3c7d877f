import { describe, expect, it } from "vitest";
import { createFeedLink } from "@/lib/server/embeds/create-feed-link";
import { renderPublicClaim } from "@/lib/server/embeds/render-public-claim";
import { renderTeamFeed } from "@/lib/server/embeds/render-team-feed";
import { renderPublicReport } from "@/lib/server/reports/render-public-report";
import { createReportLink } from "@/lib/server/reports/report-links";
import { createTag } from "@/lib/server/tags/create-tag";
import { updateArticleTags } from "@/lib/server/tags/update-article-tags";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";
import { setUpClaimStages } from "./claim-stages";

/**
 * Tags are the desk's own organisation: a published, tagged claim's public report, its page and
 * embed (with their ClaimReview), and the team's JSON Feed and ClaimReview feed never name them.
 */
describe("tags are never public", () => {
  it("appear in no public report, claim page, embed, ClaimReview or feed", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("PUBLISHED");
    const name = `Internal-${claim.id.slice(0, 8)}`;
    const tag = await createTag(s.members.ADMIN, { name, color: "#6d28d9" });
    // Tagging a published claim is allowed (tags are not content) and changes nothing public.
    await updateClaimTags(s.members.FACT_CHECKER, { claimId: claim.id, add: [tag.id] });
    await updateArticleTags(s.members.FACT_CHECKER, { articleId: s.article.id, add: [tag.id] });
    const link = await createReportLink(s.members.EDITOR, { articleId: s.article.id });
    const feedLink = await createFeedLink(s.members.EDITOR);
    const feedToken = feedLink.jsonFeedUrl.split("/").at(-2)!;

    const outputs: string[] = [];
    for (const locale of ["en", "ar"] as const) {
      const report = await renderPublicReport(link.token, { page: 1, locale });
      if (report.kind !== "page") throw new Error("expected the public report");
      outputs.push(report.html);
      for (const view of ["page", "embed"] as const) {
        const rendered = await renderPublicClaim({ token: link.token, claimId: claim.id }, { view, locale });
        if (rendered.kind !== "page") throw new Error("expected the public claim");
        outputs.push(rendered.html);
      }
    }
    for (const format of ["jsonFeed", "claimReview"] as const) {
      const feed = await renderTeamFeed(feedToken, format);
      if (feed.kind !== "feed") throw new Error("expected the feed");
      outputs.push(feed.body);
    }
    // The claim is really in each of them, and the tag in none.
    for (const output of outputs) {
      expect(output).toContain(claim.statement.slice(0, 30));
      expect(output).not.toContain(name);
      expect(output).not.toContain(tag.id);
    }
  });
});
