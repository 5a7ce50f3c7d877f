/**
 * A team with one short article and the steps of the review workflow, for the tests of what
 * reviewed and published claims may and may not become.
 */
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { createClaim } from "@/lib/server/claims/create-claim";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { createArticle, createTeam } from "./support";

export const TEXT = "The observatory said five people were killed. Officials denied it";
export const RATIONALE = "AFP and Reuters found no casualties.";

export type ClaimStages = Awaited<ReturnType<typeof setUpClaimStages>>;

export async function setUpClaimStages() {
  const { team, members } = await createTeam();
  const article = await createArticle(team.id, TEXT);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const span = (start: number, end: number, claimantId: string | null = null) =>
    createClaim(members.FACT_CHECKER, {
      articleId: article.id,
      revisionId: revision.id,
      start,
      end,
      statement: "",
      details: { type: "EVENT" },
      claimantId,
    } as never);
  const verdictId = async (key: string) => (await listRatingScale(members.EDITOR)).find((l) => l.key === key)!.id;
  const rate = async (member: Member, claim: ClaimDto, key = "FALSE") =>
    rateClaim(member, {
      claimId: claim.id,
      version: claim.version,
      verdictId: await verdictId(key),
      confidence: "HIGH",
      rationale: RATIONALE,
    });
  const step = (member: Member, claim: ClaimDto, action: string, note = "") =>
    transitionClaim(member, { claimId: claim.id, version: claim.version, action: action as never, note });
  const source = await db.source.create({ data: { teamId: team.id, title: "AFP dispatch", kind: "NEWS_REPORT" } });
  const spare = await db.source.create({ data: { teamId: team.id, title: "Reuters", kind: "NEWS_REPORT" } });

  /** A claim rated by the fact-checker, cited once, taken to the given stage by the editor. */
  async function claimAt(stage: "IN_REVIEW" | "APPROVED" | "PUBLISHED", { claimantId = null as string | null } = {}) {
    let claim = await rate(members.FACT_CHECKER, await span(0, 45, claimantId));
    const evidence = await attachEvidence(members.FACT_CHECKER, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "REFUTES",
      passage: null,
      credibility: 2,
      note: null,
    });
    claim = await step(members.FACT_CHECKER, await loadClaim(team.id, claim.id), "submit");
    if (stage !== "IN_REVIEW") claim = await step(members.EDITOR, claim, "approve");
    if (stage === "PUBLISHED") claim = await step(members.EDITOR, claim, "publish");
    return { claim, evidence };
  }
  return { team, members, article, span, rate, step, verdictId, source, spare, claimAt };
}
