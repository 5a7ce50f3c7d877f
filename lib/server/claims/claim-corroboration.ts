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
        suggestedOrigin: { select: { id: true, name: true, arabicName: true } },
      },
    },
  },
} as const satisfies Prisma.Claim$evidenceArgs;

type EvidenceRow = Prisma.EvidenceGetPayload<typeof evidenceForCorroborationSelect>;

/**
 * How independently a claim is confirmed or refuted, from evidence read with evidenceForCorroborationSelect.
 * A source without an origin counts by the origin its words name, marked guessed, until someone
 * confirms it (reports count confirmed origins only: load-report-input.ts).
 */
export function corroborationOfClaim(evidence: EvidenceRow[], claimant: { id: string } | null): Corroboration {
  return corroborationOf(
    evidence.map(({ stance, source }) => {
      const origin = source.origin ?? source.suggestedOrigin;
      return {
        stance,
        sourceId: source.id,
        sourceTitle: source.title,
        originId: origin?.id ?? null,
        originName: origin?.name ?? null,
        originNameAr: origin?.arabicName ?? null,
        originGuessed: !source.origin && Boolean(source.suggestedOrigin),
        outlet: source.outlet,
        url: source.url,
      };
    }),
    { claimantId: claimant?.id ?? null },
  );
}
