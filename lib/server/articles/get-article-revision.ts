import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { highlightOnEarlierRevision, type ClaimHighlight } from "@/lib/domain/claims/claim-highlights";
import { AppError } from "@/lib/errors";
import { ANCHOR_STATUSES, type TAnchorStatus, type TClaimStatus } from "@/lib/schemas/claims";
import { claimAnchorSelect, revisionListSelect } from "./article-selects";

export interface RevisionClaimDto {
  id: string;
  statement: string;
  exact: string;
  status: TClaimStatus;
  anchorStatus: TAnchorStatus;
  /** Where the reader highlights it on this revision (lib/domain/claims/claim-highlights). */
  highlight: ClaimHighlight;
}

export interface ArticleRevisionDto {
  articleId: string;
  title: string;
  language: string;
  direction: "rtl" | "ltr";
  revision: { id: string; number: number; text: string; createdAt: string };
  /** When the next revision replaced this one; null for the current revision. */
  replacedAt: string | null;
  currentRevisionId: string;
  /** Newest first. */
  revisions: { id: string; number: number; createdAt: string }[];
  /** The claims that existed while this revision was current: highlighted ones in reading order, then the others. */
  claims: RevisionClaimDto[];
}

/**
 * An earlier revision of an article of the member's team, to read with the claims of that time.
 * Claims store only their current anchor, so the highlights are reconstructed: a claim whose
 * anchor refers to this revision is drawn there; any other is located by its quote in this
 * text (claim-highlights.ts). A claim re-anchored by hand since this revision was replaced is
 * judged by the anchor it had before (kept by its first claim.reanchor audit event), not by the
 * words it was moved to. "Of that time" means created before the next revision was added; a
 * claim deleted since is not shown (its history stays in the audit trail).
 */
export async function getArticleRevision(
  member: Member,
  input: { articleId: string; revisionId: string },
): Promise<ArticleRevisionDto> {
  assertCan(member, "team.read");
  const article = await db.article.findFirst({
    where: { id: input.articleId, teamId: member.teamId },
    select: {
      id: true,
      title: true,
      language: true,
      direction: true,
      revisions: revisionListSelect,
    },
  });
  const index = article?.revisions.findIndex((entry) => entry.id === input.revisionId) ?? -1;
  if (!article || index === -1) throw new AppError("NOT_FOUND");
  const { text } = await db.articleRevision.findUniqueOrThrow({
    where: { id: input.revisionId },
    select: { text: true },
  });
  const listed = article.revisions[index]!;
  const replacedAt = index > 0 ? article.revisions[index - 1]!.createdAt : null;
  const rows = await db.claim.findMany({
    where: { articleId: article.id, teamId: member.teamId, ...(replacedAt ? { createdAt: { lt: replacedAt } } : {}) },
    select: {
      ...claimAnchorSelect,
      statement: true,
      status: true,
    },
  });
  const revision = { id: listed.id, text };
  const earlier = replacedAt
    ? await anchorsBeforeReanchoring(
        member.teamId,
        rows.map((row) => row.id),
        replacedAt,
      )
    : new Map<string, StoredAnchor>();
  const claims = rows.map((row) => {
    const anchor = earlier.get(row.id) ?? {
      revisionId: row.revisionId,
      start: row.startOffset,
      end: row.endOffset,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      anchorStatus: row.anchorStatus,
    };
    return {
      id: row.id,
      statement: row.statement,
      exact: anchor.exact,
      status: row.status,
      anchorStatus: row.anchorStatus,
      highlight: highlightOnEarlierRevision(revision, { claimId: row.id, ...anchor }),
    };
  });
  const position = (claim: RevisionClaimDto) =>
    claim.highlight.shown ? claim.highlight.start : Number.MAX_SAFE_INTEGER;
  claims.sort((a, b) => position(a) - position(b));
  return {
    articleId: article.id,
    title: article.title,
    language: article.language,
    direction: article.direction,
    revision: { id: listed.id, number: listed.number, text, createdAt: listed.createdAt.toISOString() },
    replacedAt: replacedAt?.toISOString() ?? null,
    currentRevisionId: article.revisions[0]!.id,
    revisions: article.revisions.map((entry) => ({
      id: entry.id,
      number: entry.number,
      createdAt: entry.createdAt.toISOString(),
    })),
    claims,
  };
}

const ZStoredAnchor = z.object({
  revisionId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  anchorStatus: z.enum(ANCHOR_STATUSES),
});
type StoredAnchor = z.infer<typeof ZStoredAnchor>;

/** For claims re-anchored by hand since `since`: the anchor each had before the first such re-anchoring. */
async function anchorsBeforeReanchoring(
  teamId: string,
  claimIds: string[],
  since: Date,
): Promise<Map<string, StoredAnchor>> {
  const events = await db.auditEvent.findMany({
    where: {
      teamId,
      entityType: "Claim",
      entityId: { in: claimIds },
      action: "claim.reanchor",
      createdAt: { gte: since },
    },
    orderBy: { id: "asc" },
    select: { entityId: true, before: true },
  });
  const anchors = new Map<string, StoredAnchor>();
  for (const event of events) {
    const anchor = ZStoredAnchor.safeParse(event.before);
    if (!anchors.has(event.entityId) && anchor.success) anchors.set(event.entityId, anchor.data);
  }
  return anchors;
}
