import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { canonicalizeArticleText, sha256Hex } from "@/lib/domain/articles/canonical-text";
import { createAnchor, reanchorAll, type ClaimAnchor } from "@/lib/domain/claims/anchoring";
import { MAX_ARTICLE_CHARS } from "@/lib/schemas/articles";
import type { TAnchorStatus } from "@/lib/schemas/claims";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

export interface RevisionResult {
  revisionId: string;
  number: number;
  anchors: Record<TAnchorStatus, number>;
}

/**
 * Adds a corrected text of an article (publishers edit stories) and re-anchors every claim
 * to it: exact position, then quote with context, then a fuzzy match. An orphaned claim
 * keeps its last good anchor on the old revision, so nothing a fact-checker wrote is lost.
 */
export async function addRevision(member: Member, input: { articleId: string; text: string }): Promise<RevisionResult> {
  assertCan(member, "article.update");
  const text = canonicalizeArticleText(input.text);
  if (!text) throw new AppError("BAD_INPUT", "Empty article text", { reason: "emptyText" });
  if (text.length > MAX_ARTICLE_CHARS)
    throw new AppError("BAD_INPUT", "Article text too long", { reason: "textTooLong" });
  const sha256 = sha256Hex(text);

  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, teamId: member.teamId },
      select: { id: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, sha256: true } } },
    });
    const latest = article?.revisions[0];
    if (!article || !latest) throw new AppError("NOT_FOUND");
    if (latest.sha256 === sha256) throw new AppError("BAD_INPUT", "Same text", { reason: "sameText" });

    const revision = await tx.articleRevision.create({
      data: {
        articleId: article.id,
        number: latest.number + 1,
        text,
        sha256,
        origin: "PASTE",
        createdById: member.userId,
      },
    });
    const claims = await tx.claim.findMany({
      where: { articleId: article.id },
      select: {
        id: true,
        startOffset: true,
        endOffset: true,
        exact: true,
        prefix: true,
        suffix: true,
        anchorStatus: true,
      },
    });
    const results = reanchorAll(
      text,
      claims.map((claim) => ({
        start: claim.startOffset,
        end: claim.endOffset,
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
      })),
    );
    const anchors: Record<TAnchorStatus, number> = { ANCHORED: 0, MOVED: 0, FUZZY: 0, ORPHANED: 0 };
    const changed: { claimId: string; status: TAnchorStatus }[] = [];
    for (const [index, claim] of claims.entries()) {
      const result = results[index]!;
      anchors[result.status] += 1;
      // An orphan stays on the revision where its quote was last found.
      const anchor =
        result.status === "ORPHANED"
          ? { anchorStatus: result.status }
          : {
              anchorStatus: result.status,
              revisionId: revision.id,
              ...anchorColumns(createAnchor(text, result.start, result.end)),
            };
      // "The quote is no longer in the text" still holds for an orphan that stays one; any other
      // outcome is a new situation someone must look at (or needs no acknowledgement at all).
      const stillAcknowledged = claim.anchorStatus === "ORPHANED" && result.status === "ORPHANED";
      const data = stillAcknowledged
        ? anchor
        : { ...anchor, anchorAcknowledgedAt: null, anchorAcknowledgedById: null, anchorNote: null };
      if (result.status !== "ANCHORED") changed.push({ claimId: claim.id, status: result.status });
      await tx.claim.update({ where: { id: claim.id }, data: { ...data, version: { increment: 1 } } });
    }
    await tx.article.update({ where: { id: article.id }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "article.addRevision",
      entityType: "Article",
      entityId: article.id,
      before: { revision: latest.number, sha256: latest.sha256 },
      after: { revision: revision.number, sha256, anchors, changed },
    });
    return { revisionId: revision.id, number: revision.number, anchors };
  });
}

function anchorColumns(anchor: ClaimAnchor) {
  return {
    startOffset: anchor.start,
    endOffset: anchor.end,
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
  };
}
