import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { corroborationOf, type Corroboration } from "@/lib/domain/sources/corroboration";
import type { TAnchorStatus, TClaimStatus, TClaimType } from "@/lib/schemas/claims";
import type { PersonRef } from "@/lib/server/claims/claim-dto";
import { previewText } from "@/lib/domain/text/preview-text";

/** One row of the reader's claims panel: what it shows, and nothing the editor alone needs. */
export interface WorkbenchClaimItem {
  id: string;
  statement: string;
  /** The quote as last found, for claims the current text no longer highlights. */
  exact: string;
  type: TClaimType;
  status: TClaimStatus;
  anchorStatus: TAnchorStatus;
  anchorAcknowledged: boolean;
  claimant: PersonRef | null;
  reportedVia: PersonRef | null;
  corroboration: Corroboration;
}

export const workbenchClaimItemSelect = {
  id: true,
  statement: true,
  exact: true,
  type: true,
  status: true,
  anchorStatus: true,
  anchorAcknowledgedAt: true,
  claimant: { select: { id: true, name: true } },
  reportedVia: { select: { id: true, name: true } },
  evidence: {
    select: {
      stance: true,
      source: {
        select: { id: true, title: true, outlet: true, url: true, origin: { select: { id: true, name: true } } },
      },
    },
  },
} as const satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof workbenchClaimItemSelect }>;

export function toWorkbenchClaimItem(row: Row): WorkbenchClaimItem {
  return {
    id: row.id,
    statement: previewText(row.statement),
    exact: previewText(row.exact),
    type: row.type,
    status: row.status,
    anchorStatus: row.anchorStatus,
    anchorAcknowledged: row.anchorAcknowledgedAt !== null,
    claimant: row.claimant,
    reportedVia: row.reportedVia,
    corroboration: corroborationOf(
      row.evidence.map(({ stance, source }) => ({
        stance,
        sourceId: source.id,
        sourceTitle: source.title,
        originId: source.origin?.id ?? null,
        originName: source.origin?.name ?? null,
        outlet: source.outlet,
        url: source.url,
      })),
      { claimantId: row.claimant?.id ?? null },
    ),
  };
}
