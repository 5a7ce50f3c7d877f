import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readSnapshot } from "@/lib/domain/reports/published-claim";
import { AppError } from "@/lib/errors";
import { evidenceSelect, toEvidenceDto, type EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import { latestCaptureJobs } from "@/lib/server/sources/capture-jobs";
import { claimSelect, toClaimDto, type ClaimDto } from "./claim-dto";

export interface ClaimDetailDto {
  claim: ClaimDto;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr"; url: string | null };
  evidence: EvidenceDto[];
  /** What the public record holds, oldest first: each published version with its verdict as published. */
  publications: PublishedVersionDto[];
}

export interface PublishedVersionDto {
  number: number;
  publishedAt: string;
  publishedBy: string | null;
  /** Why this version corrected the one before it (null for the first). */
  correctionNote: string | null;
  statement: string;
  verdict: { name: string; nameAr: string | null; color: string } | null;
  confidence: string | null;
}

/** One claim of the member's team with its article and evidence; another team's id is "not found". */
export async function getClaim(member: Member, claimId: string): Promise<ClaimDetailDto> {
  assertCan(member, "team.read");
  const row = await db.claim.findFirst({
    where: { id: claimId, teamId: member.teamId },
    select: {
      ...claimSelect,
      article: { select: { id: true, title: true, language: true, direction: true, url: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const evidence = await db.evidence.findMany({
    where: { claimId: row.id, teamId: member.teamId },
    select: evidenceSelect,
    orderBy: { createdAt: "asc" },
  });
  // A capture still on its way shows as "capturing" (one query, only when the claim cites a web page).
  const captureJobs = await latestCaptureJobs(
    member.teamId,
    evidence.filter((item) => item.source.url).map((item) => item.source.id),
  );
  const publications = await db.claimPublication.findMany({
    where: { claimId: row.id, teamId: member.teamId },
    orderBy: { number: "asc" },
    select: {
      number: true,
      publishedAt: true,
      correctionNote: true,
      snapshot: true,
      publishedBy: { select: { name: true } },
    },
  });
  return {
    claim: toClaimDto(row),
    article: row.article,
    evidence: evidence.map((item) => toEvidenceDto(item, captureJobs.get(item.source.id) ?? null)),
    publications: publications.map((publication) => {
      const published = readSnapshot(publication.snapshot);
      return {
        number: publication.number,
        publishedAt: publication.publishedAt.toISOString(),
        publishedBy: publication.publishedBy?.name ?? null,
        correctionNote: publication.correctionNote,
        statement: published.statement,
        verdict: published.verdict && {
          name: published.verdict.name,
          nameAr: published.verdict.nameAr,
          color: published.verdict.color,
        },
        confidence: published.confidence,
      };
    }),
  };
}
