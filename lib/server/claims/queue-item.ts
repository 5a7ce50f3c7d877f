import "server-only";
import { isAnchorBroken } from "@/lib/domain/workflow/claim-workflow";
import type { TAnchorStatus, TClaimStatus, TClaimType } from "@/lib/schemas/claims";
import { previewText } from "@/lib/domain/text/preview-text";

/** A row of the review queue or of its "needs attention" list: what the row shows, nothing more. */
export interface QueueItem {
  claim: {
    id: string;
    statement: string;
    type: TClaimType;
    status: TClaimStatus;
    version: number;
    anchorStatus: TAnchorStatus;
    /** The anchor is lost and nobody acknowledged it: approve and publish wait. */
    anchorBlocked: boolean;
    submittedAt: string | null;
    /** Who last changed the rating (may not approve it: four eyes). */
    ratedBy: { id: string; name: string } | null;
    verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  };
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

export const queueRowSelect = {
  id: true,
  statement: true,
  type: true,
  status: true,
  version: true,
  anchorStatus: true,
  anchorAcknowledgedAt: true,
  submittedAt: true,
  updatedAt: true,
  ratedBy: { select: { id: true, name: true } },
  verdict: { select: { key: true, name: true, nameAr: true, color: true } },
  article: { select: { id: true, title: true, language: true, direction: true } },
} as const;

export function toQueueItem(row: {
  id: string;
  statement: string;
  type: TClaimType;
  status: TClaimStatus;
  version: number;
  anchorStatus: TAnchorStatus;
  anchorAcknowledgedAt: Date | null;
  submittedAt: Date | null;
  ratedBy: { id: string; name: string } | null;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}): QueueItem {
  return {
    claim: {
      id: row.id,
      statement: previewText(row.statement),
      type: row.type,
      status: row.status,
      version: row.version,
      anchorStatus: row.anchorStatus,
      anchorBlocked: isAnchorBroken(row.anchorStatus) && row.anchorAcknowledgedAt === null,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      ratedBy: row.ratedBy,
      verdict: row.verdict,
    },
    article: row.article,
  };
}
