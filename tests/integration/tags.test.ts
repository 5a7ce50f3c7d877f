import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZSearchInput } from "@/lib/schemas/search";
import { listArticles } from "@/lib/server/articles/list-articles";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listClaimsNeedingAttention } from "@/lib/server/claims/list-claims-needing-attention";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { searchTeam } from "@/lib/server/search/search-team";
import { createTag } from "@/lib/server/tags/create-tag";
import { deleteTag } from "@/lib/server/tags/delete-tag";
import { listTags } from "@/lib/server/tags/list-tags";
import { updateArticleTags } from "@/lib/server/tags/update-article-tags";
import { updateClaimTags } from "@/lib/server/tags/update-claim-tags";
import { updateTag } from "@/lib/server/tags/update-tag";
import { auditEventsFor, createArticle, createTeam, refusal } from "./support";

async function teamWithClaim(status: "IN_PROGRESS" | "IN_REVIEW" | "PUBLISHED" = "IN_PROGRESS") {
  const { team, members } = await createTeam();
  const article = await createArticle(team.id, "Five people were killed");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const claim = await db.claim.create({
    data: {
      teamId: team.id,
      articleId: article.id,
      revisionId: revision.id,
      type: "EVENT",
      status,
      startOffset: 0,
      endOffset: 10,
      exact: "Five peopl",
      prefix: "",
      suffix: "",
      statement: "Five people were killed.",
    },
  });
  return { team, members, article, claim };
}

describe("tags", () => {
  it("are unique per team whatever the case, and another team may use the same name", async () => {
    const a = await teamWithClaim();
    const b = await teamWithClaim();
    const harem = await createTag(a.members.ADMIN, { name: "  Harem  camp ", color: "#0369A1" });
    expect(harem).toMatchObject({ name: "Harem camp", color: "#0369a1", version: 1 });
    expect((await refusal(() => createTag(a.members.ADMIN, { name: "HAREM CAMP", color: "#b91c1c" }))).code).toBe(
      "CONFLICT",
    );
    await expect(createTag(b.members.ADMIN, { name: "harem camp", color: "#b91c1c" })).resolves.toBeDefined();
    const other = await createTag(a.members.ADMIN, { name: "Idlib", color: "#b91c1c" });
    expect(
      (await refusal(() => updateTag(a.members.ADMIN, { ...other, tagId: other.id, name: "harem Camp" }))).code,
    ).toBe("CONFLICT");
  });

  it("refuse hostile input: huge names, bad colours, non-uuid ids, 10,000 ids in one request", async () => {
    const { members, claim } = await teamWithClaim();
    const admin = members.ADMIN;
    expect((await refusal(() => createTag(admin, { name: "x".repeat(10_000), color: "#b91c1c" }))).code).toBe(
      "VALIDATION",
    );
    expect((await refusal(() => createTag(admin, { name: "   ", color: "#b91c1c" }))).code).toBe("VALIDATION");
    for (const color of ["red", "#fff", "javascript:alert(1)", "#b91c1c;x"])
      expect((await refusal(() => createTag(admin, { name: "Ok", color }))).code).toBe("VALIDATION");
    const ids = Array.from({ length: 10_000 }, () => crypto.randomUUID());
    expect((await refusal(() => updateClaimTags(admin, { claimId: claim.id, add: ids }))).code).toBe("VALIDATION");
    expect((await refusal(() => updateClaimTags(admin, { claimId: claim.id, add: ["1 OR 1=1"] }))).code).toBe(
      "VALIDATION",
    );
    expect(
      (await refusal(() => updateTag(admin, { tagId: "nope", version: 1, name: "a", color: "#b91c1c" }))).code,
    ).toBe("VALIDATION");
    expect(await db.tag.count({ where: { teamId: admin.teamId } })).toBe(0);
  });

  it("never cross teams: another team's tag or claim answers NOT_FOUND, and nothing is written", async () => {
    const a = await teamWithClaim();
    const b = await teamWithClaim();
    const tagOfB = await createTag(b.members.ADMIN, { name: "B only", color: "#15803d" });
    const tagOfA = await createTag(a.members.ADMIN, { name: "A only", color: "#15803d" });
    const checkerA = a.members.FACT_CHECKER;
    expect((await refusal(() => updateClaimTags(checkerA, { claimId: a.claim.id, add: [tagOfB.id] }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await refusal(() => updateClaimTags(checkerA, { claimId: a.claim.id, add: [tagOfA.id, tagOfB.id] }))).code,
    ).toBe("NOT_FOUND");
    expect((await refusal(() => updateClaimTags(checkerA, { claimId: b.claim.id, add: [tagOfA.id] }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(() => updateArticleTags(checkerA, { articleId: a.article.id, add: [tagOfB.id] }))).code).toBe(
      "NOT_FOUND",
    );
    const adminA = a.members.ADMIN;
    expect((await refusal(() => updateTag(adminA, { ...tagOfB, tagId: tagOfB.id, name: "Taken" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(() => deleteTag(adminA, { tagId: tagOfB.id }))).code).toBe("NOT_FOUND");
    expect(await db.claimTag.count({ where: { claimId: { in: [a.claim.id, b.claim.id] } } })).toBe(0);
    expect((await listTags(adminA)).map((tag) => tag.name)).toEqual(["A only"]);
  });

  it("go on claims at every workflow stage, without touching the claim's version, and are audited", async () => {
    const { members, claim } = await teamWithClaim("PUBLISHED");
    const harem = await createTag(members.ADMIN, { name: "Harem", color: "#0369a1" });
    const idlib = await createTag(members.ADMIN, { name: "Idlib", color: "#b91c1c" });
    const checker = members.FACT_CHECKER;
    expect(await updateClaimTags(checker, { claimId: claim.id, add: [idlib.id, harem.id, harem.id] })).toEqual([
      { id: harem.id, name: "Harem", color: "#0369a1" },
      { id: idlib.id, name: "Idlib", color: "#b91c1c" },
    ]);
    expect(await updateClaimTags(checker, { claimId: claim.id, remove: [idlib.id] })).toHaveLength(1);
    // Nothing changes: no event.
    await updateClaimTags(checker, { claimId: claim.id, add: [harem.id] });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(claim.version);
    const events = (await auditEventsFor(claim.id)).filter((event) => event.action === "claim.tag");
    expect(events.map((event) => [event.before, event.after, event.actorId, event.claimId])).toEqual([
      [{ tags: "" }, { tags: "Harem, Idlib" }, checker.userId, claim.id],
      [{ tags: "Harem, Idlib" }, { tags: "Harem" }, checker.userId, claim.id],
    ]);
    expect((await refusal(() => updateClaimTags(members.VIEWER, { claimId: claim.id, add: [idlib.id] }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("rename at the version seen, and deleting one in use takes it off claims and articles with their history", async () => {
    const { members, claim, article } = await teamWithClaim();
    const admin = members.ADMIN;
    const harem = await createTag(admin, { name: "Harem", color: "#0369a1" });
    const keep = await createTag(admin, { name: "Keep", color: "#15803d" });
    const renamed = await updateTag(admin, { tagId: harem.id, version: 1, name: "Harem camp", color: "#6d28d9" });
    expect(renamed).toMatchObject({ name: "Harem camp", color: "#6d28d9", version: 2 });
    const stale = await refusal(() => updateTag(admin, { tagId: harem.id, version: 1, name: "Old", color: "#6d28d9" }));
    expect(stale.code).toBe("STALE_VERSION");
    expect(await auditEventsFor(harem.id)).toEqual([
      expect.objectContaining({ action: "tag.create", actorId: admin.userId }),
      expect.objectContaining({ action: "tag.update", before: expect.objectContaining({ name: "Harem" }) }),
    ]);

    await updateClaimTags(members.EDITOR, { claimId: claim.id, add: [harem.id, keep.id] });
    await updateArticleTags(members.EDITOR, { articleId: article.id, add: [harem.id] });
    expect((await listTags(admin)).find((tag) => tag.id === harem.id)).toMatchObject({ claims: 1, articles: 1 });
    expect(await deleteTag(admin, { tagId: harem.id })).toEqual({ claims: 1, articles: 1 });
    expect(await db.claimTag.findMany({ where: { claimId: claim.id }, select: { tagId: true } })).toEqual([
      { tagId: keep.id },
    ]);
    expect(await db.articleTag.count({ where: { articleId: article.id } })).toBe(0);
    const claimEvents = (await auditEventsFor(claim.id)).filter((event) => event.action === "claim.tag");
    expect(claimEvents.at(-1)).toMatchObject({
      before: { tags: "Harem camp, Keep" },
      after: { tags: "Keep" },
      actorId: admin.userId,
      claimId: claim.id,
    });
    const articleEvents = (await auditEventsFor(article.id)).filter((event) => event.action === "article.tag");
    expect(articleEvents.map((event) => event.after)).toEqual([{ tags: "Harem camp" }, { tags: "" }]);
    expect((await auditEventsFor(harem.id)).at(-1)).toMatchObject({
      action: "tag.delete",
      before: expect.objectContaining({ name: "Harem camp", claims: 1, articles: 1 }),
    });
  });
});

describe("tag filters", () => {
  it("list exactly the tagged claims and articles, paged without gaps, with each row's tags", async () => {
    const { team, members } = await createTeam();
    const harem = await createTag(members.ADMIN, { name: "Harem", color: "#0369a1" });
    const other = await createTag(members.ADMIN, { name: "Other", color: "#b91c1c" });
    const articles = [];
    for (let index = 0; index < 24; index += 1) articles.push(await createArticle(team.id, `Article ${index}`));
    const claimIds: string[] = [];
    for (const article of articles) {
      const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
      const claim = await db.claim.create({
        data: {
          teamId: team.id,
          articleId: article.id,
          revisionId: revision.id,
          type: "EVENT",
          startOffset: 0,
          endOffset: 5,
          exact: "Artic",
          prefix: "",
          suffix: "",
          statement: `Claim of ${article.title}`,
        },
      });
      claimIds.push(claim.id);
    }
    // Every third claim and article is tagged Harem; every claim is tagged Other (rows carry both).
    const tagged = claimIds.filter((_, index) => index % 3 === 0);
    const taggedArticles = articles.filter((_, index) => index % 3 === 0).map((article) => article.id);
    for (const claimId of claimIds)
      await updateClaimTags(members.FACT_CHECKER, {
        claimId,
        add: tagged.includes(claimId) ? [harem.id, other.id] : [other.id],
      });
    for (const articleId of taggedArticles)
      await updateArticleTags(members.FACT_CHECKER, { articleId, add: [harem.id] });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(members.VIEWER, {
        tagId: harem.id,
        limit: 3,
        cursor,
      });
      for (const item of page.items) {
        seen.push(item.id);
        expect(item.tags.map((tag) => tag.name)).toEqual(["Harem", "Other"]);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...tagged].sort());

    const articlePage = await listArticles(members.VIEWER, { tagId: harem.id });
    expect(articlePage.total).toBe(taggedArticles.length);
    expect(articlePage.items.map((item) => item.id).sort()).toEqual([...taggedArticles].sort());
    expect(articlePage.items.every((item) => item.tags.length === 1 && item.tags[0]!.id === harem.id)).toBe(true);

    const searched = await searchTeam(members.VIEWER, ZSearchInput.parse({ q: "Claim", tagId: harem.id }));
    expect(searched.claims.map((hit) => hit.id).sort()).toEqual([...tagged].sort());

    // Another team's member naming this tag sees none of it.
    const outsider = (await createTeam(["VIEWER"])).members.VIEWER;
    expect((await listClaims(outsider, { tagId: harem.id })).items).toEqual([]);
    expect((await listArticles(outsider, { tagId: harem.id })).items).toEqual([]);
  });

  it("filter the review queue and its needs-attention list", async () => {
    const first = await teamWithClaim("IN_REVIEW");
    const { members, team, article } = first;
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
    const untagged = await db.claim.create({
      data: {
        teamId: team.id,
        articleId: article.id,
        revisionId: revision.id,
        type: "EVENT",
        status: "IN_REVIEW",
        anchorStatus: "ORPHANED",
        publishedVersion: 1,
        startOffset: 0,
        endOffset: 4,
        exact: "Five",
        prefix: "",
        suffix: "",
        statement: "Five.",
      },
    });
    // Both are corrections in review whose quote a revision removed: in the queue and needing attention.
    await db.claim.update({ where: { id: first.claim.id }, data: { anchorStatus: "ORPHANED", publishedVersion: 1 } });
    const tag = await createTag(members.ADMIN, { name: "Harem", color: "#0369a1" });
    await updateClaimTags(members.FACT_CHECKER, { claimId: first.claim.id, add: [tag.id] });
    const queue = await listReviewQueue(members.EDITOR, { tagId: tag.id });
    expect(queue.items.map((item) => item.claim.id)).toEqual([first.claim.id]);
    const attention = await listClaimsNeedingAttention(members.EDITOR, { tagId: tag.id }, 10);
    expect(attention.map((item) => item.claim.id)).toEqual([first.claim.id]);
    expect((await listClaimsNeedingAttention(members.EDITOR, {}, 10)).length).toBe(2);
    expect((await listReviewQueue(members.EDITOR, {})).items.map((item) => item.claim.id).sort()).toEqual(
      [first.claim.id, untagged.id].sort(),
    );
  });
});
