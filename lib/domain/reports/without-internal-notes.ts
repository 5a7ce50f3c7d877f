import type { Report, ReportClaim } from "./report-model";

/**
 * Evidence notes are the team's working notes and tags its own organisation; the public sees
 * sources, passages and grades.
 */
export function claimWithoutInternalNotes(claim: ReportClaim): ReportClaim {
  return { ...claim, evidence: claim.evidence.map((item) => ({ ...item, note: null })), tags: [] };
}

export function withoutInternalNotes(report: Report): Report {
  return { ...report, claims: report.claims.map(claimWithoutInternalNotes) };
}
