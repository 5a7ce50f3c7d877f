import "server-only";
import { caseConflicts, type CaseConflicts } from "@/lib/domain/cases/case-conflicts";
import {
  caseFigures,
  casualtyCountsOf,
  independenceOf,
  type CaseFigures,
  type Independence,
} from "@/lib/domain/cases/case-overview";
import { corroborationOf } from "@/lib/domain/sources/corroboration";
import { evidenceByClaim, type CaseMaterial } from "./case-material";

export interface CaseAnalysis {
  independence: Map<string, Independence>;
  conflicts: CaseConflicts;
  figures: CaseFigures;
}

/**
 * The case's corroboration per claim (corroborationOf, as reports count it), its conflicting
 * casualty figures (retracted reports left out: withdrawn, they no longer conflict) and its figures.
 */
export function analyseCase(material: CaseMaterial, now: Date): CaseAnalysis {
  const evidence = evidenceByClaim(material);
  const independence = new Map<string, Independence>();
  for (const claim of material.claims)
    independence.set(
      claim.id,
      independenceOf(corroborationOf(evidence.get(claim.id) ?? [], { claimantId: claim.claimantId })),
    );
  const conflicts = caseConflicts(
    material.claims.flatMap((claim) => {
      const counts = claim.status === "RETRACTED" ? null : casualtyCountsOf(claim.type, { casualty: claim.casualty });
      return counts ? [{ id: claim.id, counts }] : [];
    }),
  );
  const figures = caseFigures(
    material.claims.map((claim) => ({ ...claim, independence: independence.get(claim.id)! })),
    conflicts,
    now,
  );
  return { independence, conflicts, figures };
}
