import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readSnapshot } from "@/lib/domain/reports/published-claim";
import { AppError } from "@/lib/errors";
import { evidenceSelect, toEvidenceDto, type EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import { latestCaptureJobs } from "@/lib/server/sources/capture-jobs";
import { claimSelect, toClaimDto, type ClaimDto } from "./claim-dto";
import { MAX_TAGS_PER_TEAM } from "@/lib/schemas/tags";
import { sortTagChips, tagChipSelect, type TagChip } from "@/lib/server/tags/tag-dto";

export interface ClaimDetailDto {
  claim: ClaimDto;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr"; url: string | null };
  evidence: EvidenceDto[];
  /** What the public record holds, oldest first: each published version with its verdict as published. */
  publications: PublishedVersionDto[];
  /**
   * The token of the article's stable public address (its oldest live report link), null when it has
   * none: a published claim is public only with one (its page and embed live under it).
   */
  publicLinkToken: string | null;
  /** The desk's tags on the claim, and the team's tags to pick from: internal, never in anything public. */
  tags: TagChip[];
  tagChoices: TagChip[];
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
      // Joined into the same statement, like the report link below.
      tags: { select: { tag: { select: tagChipSelect } } },
      team: { select: { tags: { select: tagChipSelect, take: MAX_TAGS_PER_TEAM } } },
      article: {
        select: {
          id: true,
          title: true,
          language: true,
          direction: true,
          url: true,
          // Read in the same statement (a lateral join): the claim page's embed section needs no query of its own.
          reportLinks: {
            where: { revokedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: 1,
            select: { token: true },
          },
        },
      },
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
    article: {
      id: row.article.id,
      title: row.article.title,
      language: row.article.language,
      direction: row.article.direction,
      url: row.article.url,
    },
    publicLinkToken: row.article.reportLinks[0]?.token ?? null,
    tags: sortTagChips(row.tags.map((entry) => entry.tag)),
    tagChoices: sortTagChips(row.team.tags),
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
