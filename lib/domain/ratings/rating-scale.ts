/**
 * Verdict scales. The default follows PRODUCT.md: five graded labels that map to ClaimReview
 * ratingValue 5 (best) … 1 (worst), and two (MISLEADING, UNPROVEN) that carry only an
 * alternateName. Teams may rename, reorder, recolour and add labels; the mapping travels
 * with every report, so a reader always knows what "4" meant.
 */
export const CONFIDENCE_LEVELS = ["LOW", "MODERATE", "HIGH"] as const;
export type TConfidence = (typeof CONFIDENCE_LEVELS)[number];

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface RatingLabelFacts {
  key: string;
  name: string;
  nameAr: string | null;
  color: string;
  position: number;
  ratingValue: number | null;
}

export const DEFAULT_SCALE: readonly RatingLabelFacts[] = [
  { key: "TRUE", name: "True", nameAr: "صحيح", color: "#15803d", position: 0, ratingValue: 5 },
  { key: "MOSTLY_TRUE", name: "Mostly true", nameAr: "صحيح في معظمه", color: "#65a30d", position: 1, ratingValue: 4 },
  { key: "MIXED", name: "Mixed", nameAr: "مختلط", color: "#ca8a04", position: 2, ratingValue: 3 },
  { key: "MOSTLY_FALSE", name: "Mostly false", nameAr: "خاطئ في معظمه", color: "#ea580c", position: 3, ratingValue: 2 },
  { key: "FALSE", name: "False", nameAr: "خاطئ", color: "#b91c1c", position: 4, ratingValue: 1 },
  { key: "MISLEADING", name: "Misleading", nameAr: "مضلل", color: "#9333ea", position: 5, ratingValue: null },
  { key: "UNPROVEN", name: "Unproven", nameAr: "غير مثبت", color: "#475569", position: 6, ratingValue: null },
];

/** ClaimReview's reviewRating for a label: alternateName always, the number only where the label has one. */
export interface ReviewRatingMapping {
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

export function reviewRatingOf(label: Pick<RatingLabelFacts, "name" | "ratingValue">): ReviewRatingMapping {
  if (label.ratingValue === null) return { alternateName: label.name };
  return {
    alternateName: label.name,
    ratingValue: label.ratingValue,
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
  };
}

/** The label's name in the reader's language, falling back to the team's main wording. */
export function labelName(label: Pick<RatingLabelFacts, "name" | "nameAr">, locale: string): string {
  return locale === "ar" && label.nameAr ? label.nameAr : label.name;
}

/** A slug for a new label's key from its name ("Needs context" → "NEEDS_CONTEXT"), unique in the scale. */
export function labelKeyFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "LABEL";
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}
