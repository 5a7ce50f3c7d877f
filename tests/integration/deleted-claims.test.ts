import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { findDeletedClaim, listDeletedClaims } from "@/lib/server/claims/deleted-claims";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { createArticle, createTeam } from "./support";

/** A deleted claim keeps its page and its history, and its article lists it. */
describe("deleted claims", () => {
  let team: Awaited<ReturnType<typeof createTeam>>;
  let articleId: string;
  let otherArticleId: string;
  let deletedId: string;

  beforeAll(async () => {
    team = await createTeam();
    const article = await createArticle(
      team.team.id,
      "The ministry said ten people were arrested. Nobody confirmed it.",
    );
    const other = await createArticle(team.team.id, "Another text entirely, with its own claim.");
    articleId = article.id;
    otherArticleId = other.id;
    const claimOf = async (id: string, statement: string) => {
      const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id } });
      return createClaim(team.members.FACT_CHECKER, {
        articleId: id,
        revisionId: revision.id,
        start: 0,
        end: 10,
        statement,
        details: { type: "EVENT" },
      } as never);
    };
    const doomed = await claimOf(articleId, "Ten people were arrested.");
    await claimOf(articleId, "Nobody confirmed it.");
    const elsewhere = await claimOf(otherArticleId, "Another claim.");
    await deleteClaim(team.members.EDITOR, { claimId: doomed.id, version: doomed.version });
    await deleteClaim(team.members.EDITOR, { claimId: elsewhere.id, version: elsewhere.version });
    deletedId = doomed.id;
  });

  it("finds what the claim said, who deleted it and when", async () => {
    const deleted = await findDeletedClaim(team.members.VIEWER, deletedId);
    expect(deleted).toMatchObject({
      claimId: deletedId,
      articleId,
      statement: "Ten people were arrested.",
      deletedBy: team.members.EDITOR.name,
    });
    expect(Date.parse(deleted!.deletedAt)).not.toBeNaN();
    // Its history is still readable, deletion included.
    const history = await getClaimHistory(team.members.VIEWER, deletedId);
    expect(history.items.map((entry) => entry.action)).toEqual(["claim.create", "claim.delete"]);
  });

  it("lists an article's deleted claims, and only that article's", async () => {
    expect((await listDeletedClaims(team.members.VIEWER, articleId)).map((claim) => claim.claimId)).toEqual([
      deletedId,
    ]);
    expect((await listDeletedClaims(team.members.VIEWER, otherArticleId)).map((claim) => claim.statement)).toEqual([
      "Another claim.",
    ]);
  });

  it("shows nothing of it to another team, and nothing for a claim that was never deleted or a bad id", async () => {
    const { members: others } = await createTeam(["ADMIN"]);
    expect(await findDeletedClaim(others.ADMIN, deletedId)).toBeNull();
    expect(await listDeletedClaims(others.ADMIN, articleId)).toEqual([]);
    expect(await findDeletedClaim(team.members.VIEWER, "not-a-uuid")).toBeNull();
    expect(await listDeletedClaims(team.members.VIEWER, "'; DROP TABLE x; --")).toEqual([]);
    const live = await db.claim.findFirstOrThrow({ where: { articleId } });
    expect(await findDeletedClaim(team.members.VIEWER, live.id)).toBeNull();
  });

  it("reads an article's deleted claims through its index", async () => {
    await db.$executeRawUnsafe("SET enable_seqscan = off");
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT "entityId" FROM "AuditEvent" WHERE "teamId" = '${team.team.id}'::uuid AND "action" = 'claim.delete' AND ("before"->>'articleId') = '${articleId}' ORDER BY "id" DESC LIMIT 50`,
    );
    await db.$executeRawUnsafe("SET enable_seqscan = on");
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("AuditEvent_deleted_claims_by_article_idx");
  });
});
