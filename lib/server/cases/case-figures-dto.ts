import "server-only";
import type { Independence } from "@/lib/domain/cases/case-overview";
import type { TClaimStatus } from "@/lib/domain/claims/claim-statuses";
import { db } from "@/lib/db";
import type { CaseAnalysis } from "./analyse-case";
import type { CaseMaterial } from "./case-material";

/** A case's figures as the overview and the dashboard show them (issue 19, point 5). */
export interface CaseFiguresDto {
  claims: number;
  claimsCapped: boolean;
  byStatus: { status: TClaimStatus; count: number }[];
  /** The team's scale in order, each with its claims in the case; then the claims not rated. */
  byVerdict: { key: string; name: string; nameAr: string | null; color: string; count: number }[];
  unrated: number;
  byIndependence: Record<Independence, number>;
  independentConfirmations: number;
  openConflicts: number;
  conflictsExact: boolean;
  oldestOpen: { id: string; statement: string; language: string; since: string; days: number } | null;
}

/** The team's verdict labels in the scale's order (retired ones too: old ratings still use them). */
export function readVerdictLabels(teamId: string) {
  return db.ratingLabel.findMany({
    where: { teamId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, key: true, name: true, nameAr: true, color: true },
  });
}

/** `texts` holds at least the oldest open claim's statement (loadClaimTexts). */
export function toCaseFiguresDto(
  material: CaseMaterial,
  analysis: CaseAnalysis,
  labels: Awaited<ReturnType<typeof readVerdictLabels>>,
  texts: ReadonlyMap<string, { statement: string; language: string }>,
): CaseFiguresDto {
  const { figures } = analysis;
  const verdictCount = new Map(figures.byVerdict.map((row) => [row.verdictId, row.count]));
  const oldest = figures.oldestOpen && texts.get(figures.oldestOpen.id);
  return {
    claims: figures.claims,
    claimsCapped: material.claimsCapped,
    byStatus: figures.byStatus,
    byVerdict: labels.map((label) => ({
      key: label.key,
      name: label.name,
      nameAr: label.nameAr,
      color: label.color,
      count: verdictCount.get(label.id) ?? 0,
    })),
    unrated: verdictCount.get(null) ?? 0,
    byIndependence: figures.byIndependence,
    independentConfirmations: figures.independentConfirmations,
    openConflicts: figures.openConflicts,
    conflictsExact: figures.conflictsExact,
    oldestOpen:
      figures.oldestOpen && oldest
        ? {
            id: figures.oldestOpen.id,
            statement: oldest.statement,
            language: oldest.language,
            since: figures.oldestOpen.since.toISOString(),
            days: figures.oldestOpen.days,
          }
        : null,
  };
}
