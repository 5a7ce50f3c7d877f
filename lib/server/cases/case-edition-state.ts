import "server-only";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import {
  caseEdition,
  editionChanges,
  editionFingerprint,
  readEdition,
  type CaseEdition,
  type EditionChanges,
} from "@/lib/domain/cases/case-edition";
import { AppError } from "@/lib/errors";
import { caseWhere, claimsOfCaseWhere } from "./case-scope";

/** The largest edition a case can publish: a public page of more claims would not be read anyway. */
export const MAX_EDITION_CLAIMS = 20_000;

export interface CaseEditionState {
  /** What publishing now would freeze, named by its fingerprint (the editor publishes what they saw). */
  next: { fingerprint: string; claimCount: number };
  published: { claimCount: number; publishedAt: string; publishedBy: string | null } | null;
  changes: EditionChanges;
  /** Why this member may not publish it now, if so: their role, or their own unreviewed changes (four eyes). */
  refusal: "forbidden" | "fourEyes" | "tooMany" | null;
}

/** The case's edition as it would be published now and as it was, read inside `tx` (publishing reads it again). */
export async function loadCaseEdition(tx: Tx, member: Member, caseId: string) {
  const row = await tx.case.findFirst({
    where: caseWhere(member, caseId),
    select: {
      id: true,
      title: true,
      summary: true,
      editionChangedByIds: true,
      publishedEdition: true,
      editionPublishedAt: true,
      editionPublishedBy: { select: { name: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  // Only claims ever published can be shown, each as last published.
  const claims = await tx.claim.findMany({
    where: { teamId: member.teamId, publishedVersion: { gt: 0 }, ...claimsOfCaseWhere(caseId) },
    select: { id: true },
    take: MAX_EDITION_CLAIMS + 1,
  });
  const next = caseEdition({ title: row.title, summary: row.summary, claimIds: claims.map((claim) => claim.id) });
  const published = readEdition(row.publishedEdition);
  // Four eyes: no one who changed what the edition shows since the last one publishes it.
  const ownChanges = row.editionChangedByIds.includes(member.userId);
  const refusal: CaseEditionState["refusal"] = !can(member, "report.publishLink")
    ? "forbidden"
    : ownChanges
      ? "fourEyes"
      : claims.length > MAX_EDITION_CLAIMS
        ? "tooMany"
        : null;
  return { row, next, published, refusal };
}

export function toEditionState(loaded: Awaited<ReturnType<typeof loadCaseEdition>>): CaseEditionState {
  const { row, next, published, refusal } = loaded;
  return {
    next: { fingerprint: editionFingerprint(next), claimCount: next.claimIds.length },
    published:
      published && row.editionPublishedAt
        ? {
            claimCount: published.claimIds.length,
            publishedAt: row.editionPublishedAt.toISOString(),
            publishedBy: row.editionPublishedBy?.name ?? null,
          }
        : null,
    changes: editionChanges(published, next),
    refusal,
  };
}

/** The edition a case's public links show, for the public page (no session: the link is the key). */
export async function publishedEditionOf(caseId: string): Promise<CaseEdition | null> {
  const row = await db.case.findUnique({ where: { id: caseId }, select: { publishedEdition: true } });
  return readEdition(row?.publishedEdition);
}
