import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { evidenceSelect, toEvidenceDto, type EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import { claimSelect, toClaimDto, type ClaimDto } from "./claim-dto";

export interface ClaimDetailDto {
  claim: ClaimDto;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr"; url: string | null };
  evidence: EvidenceDto[];
  /** Public corrections, oldest first, each with the rating it replaced. */
  corrections: {
    id: string;
    note: string;
    createdAt: string;
    createdBy: string | null;
    previousVerdict: string | null;
  }[];
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
  const corrections = await db.claimCorrection.findMany({
    where: { claimId: row.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, note: true, createdAt: true, previous: true, createdBy: { select: { name: true } } },
  });
  return {
    claim: toClaimDto(row),
    article: row.article,
    evidence: evidence.map(toEvidenceDto),
    corrections: corrections.map((correction) => ({
      id: correction.id,
      note: correction.note,
      createdAt: correction.createdAt.toISOString(),
      createdBy: correction.createdBy?.name ?? null,
      previousVerdict: ((correction.previous as { verdict?: string | null } | null)?.verdict ?? null) as string | null,
    })),
  };
}
