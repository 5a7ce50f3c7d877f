import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Corroboration } from "@/lib/domain/sources/corroboration";
import { corroborationOfClaim, evidenceForCorroborationSelect } from "@/lib/server/claims/claim-corroboration";
import type { TAnchorStatus, TClaimStatus, TClaimType } from "@/lib/schemas/claims";
import type { EntityRef } from "@/lib/server/claims/claim-dto";
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
  claimant: EntityRef | null;
  reportedVia: EntityRef | null;
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
  claimant: { select: { id: true, name: true, arabicName: true } },
  reportedVia: { select: { id: true, name: true, arabicName: true } },
  evidence: evidenceForCorroborationSelect,
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
    corroboration: corroborationOfClaim(row.evidence, row.claimant),
  };
}
