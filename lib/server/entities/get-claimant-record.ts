import "server-only";
import { previewText } from "@/lib/domain/text/preview-text";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterNullableDate, nullableDateCursor } from "@/lib/server/paging/after-nullable-date";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";

export interface ClaimantRecord {
  entity: EntityDto;
  /** One page of the entity's claims, the latest claimed first (undated ones last). */
  claims: {
    id: string;
    statement: string;
    status: string;
    claimedAt: string | null;
    verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
    article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  }[];
  /** The cursor of the next page of claims, or null at the end. */
  nextCursor: string | null;
  /** How all the entity's claims were rated, label by label, for the track record. */
  verdicts: { key: string; name: string; nameAr: string | null; color: string; count: number }[];
}

/**
 * An entity's track record: its claims (under any of its names, since claims point at the
 * entity) a page at a time, and the verdicts of all of them counted by the database. Both read
 * the claimant's claims through Claim_claimant_claimedAt_id_idx (in this order, the verdict
 * included), never the team's.
 */
export async function getClaimantRecord(
  member: Member,
  entityId: string,
  options: { cursor?: string | null } = {},
): Promise<ClaimantRecord> {
  assertCan(member, "team.read");
  const entity = await db.entity.findFirst({ where: { id: entityId, teamId: member.teamId }, select: entitySelect });
  if (!entity) throw new AppError("NOT_FOUND");
  const byClaimant = { teamId: member.teamId, claimantId: entity.id };
  const [rows, counts] = await Promise.all([
    db.claim.findMany({
      where: { ...byClaimant, AND: [afterNullableDate<Prisma.ClaimWhereInput>(options.cursor, "claimedAt", "desc")] },
      orderBy: [{ claimedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        statement: true,
        status: true,
        claimedAt: true,
        verdict: { select: { key: true, name: true, nameAr: true, color: true } },
        article: { select: { id: true, title: true, language: true, direction: true } },
      },
    }),
    db.claim.groupBy({ by: ["verdictId"], where: { ...byClaimant, verdictId: { not: null } }, _count: { _all: true } }),
  ]);
  const labels = counts.length
    ? await db.ratingLabel.findMany({
        where: { teamId: member.teamId, id: { in: counts.map((count) => count.verdictId!) } },
        select: { id: true, key: true, name: true, nameAr: true, color: true },
      })
    : [];
  const countOf = new Map(counts.map((count) => [count.verdictId, count._count._all]));
  const claims = rows.slice(0, PAGE_SIZE);
  const last = claims.at(-1);
  return {
    entity: toEntityDto(entity),
    claims: claims.map((claim) => ({
      ...claim,
      statement: previewText(claim.statement),
      claimedAt: claim.claimedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > PAGE_SIZE && last ? nullableDateCursor(last, last.claimedAt) : null,
    verdicts: labels
      .map(({ id, ...label }) => ({ ...label, count: countOf.get(id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
  };
}
