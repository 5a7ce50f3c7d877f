import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { entitySelect, toEntityDto, type EntityDto } from "./entity-dto";

export interface ClaimantRecord {
  entity: EntityDto;
  claims: {
    id: string;
    statement: string;
    status: string;
    claimedAt: string | null;
    verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
    article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  }[];
  /** How the entity's claims were rated, label by label, for the track record. */
  verdicts: { key: string; name: string; nameAr: string | null; color: string; count: number }[];
}

/** Every claim an entity made (under any of its names, since claims point at the entity), with verdicts. */
export async function getClaimantRecord(member: Member, entityId: string): Promise<ClaimantRecord> {
  assertCan(member, "team.read");
  const entity = await db.entity.findFirst({ where: { id: entityId, teamId: member.teamId }, select: entitySelect });
  if (!entity) throw new AppError("NOT_FOUND");
  const claims = await db.claim.findMany({
    where: { teamId: member.teamId, claimantId: entity.id },
    orderBy: [{ claimedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      statement: true,
      status: true,
      claimedAt: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
  const verdicts = new Map<string, ClaimantRecord["verdicts"][number]>();
  for (const claim of claims) {
    if (!claim.verdict) continue;
    const entry = verdicts.get(claim.verdict.key) ?? { ...claim.verdict, count: 0 };
    entry.count += 1;
    verdicts.set(claim.verdict.key, entry);
  }
  return {
    entity: toEntityDto(entity),
    claims: claims.map((claim) => ({ ...claim, claimedAt: claim.claimedAt?.toISOString() ?? null })),
    verdicts: [...verdicts.values()].sort((a, b) => b.count - a.count),
  };
}
