/**
 * The Admiralty (NATO) grading system, as intelligence and verification desks use it:
 * how reliable a source has been (A–F) is graded apart from how credible this piece of
 * information is (1–6). The words for each grade live in the messages (sources.reliability.*).
 */
export const SOURCE_RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;
export type TSourceReliability = (typeof SOURCE_RELIABILITY)[number];

export const INFORMATION_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type TInformationCredibility = (typeof INFORMATION_CREDIBILITY)[number];

/** "B2": the compact grade analysts write next to a citation. */
export function admiraltyGrade(reliability: TSourceReliability | null, credibility: number | null): string | null {
  if (!reliability && !credibility) return null;
  return `${reliability ?? "F"}${credibility ?? 6}`;
}
