import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { corroborationOf, type Corroboration } from "@/lib/domain/sources/corroboration";

/** A claim's evidence as far as its corroboration needs it: each stance and the source's origin. */
export const evidenceForCorroborationSelect = {
  select: {
    stance: true,
    source: {
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        origin: { select: { id: true, name: true, arabicName: true } },
      },
    },
  },
} as const satisfies Prisma.Claim$evidenceArgs;

type EvidenceRow = Prisma.EvidenceGetPayload<typeof evidenceForCorroborationSelect>;

/** How independently a claim is confirmed or refuted, from evidence read with evidenceForCorroborationSelect. */
export function corroborationOfClaim(evidence: EvidenceRow[], claimant: { id: string } | null): Corroboration {
  return corroborationOf(
    evidence.map(({ stance, source }) => ({
      stance,
      sourceId: source.id,
      sourceTitle: source.title,
      originId: source.origin?.id ?? null,
      originName: source.origin?.name ?? null,
      originNameAr: source.origin?.arabicName ?? null,
      outlet: source.outlet,
      url: source.url,
    })),
    { claimantId: claimant?.id ?? null },
  );
}
