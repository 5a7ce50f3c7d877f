/**
 * How alike two claims are, across languages and wordings, without any outside service: an
 * English "Bakir said talks for his surrender failed" and the Arabic statement it reports share
 * no words, but they share a claimant, a type, the people named and a date. Each shared trait
 * adds points; the sum says whether the other claim is "the same claim, seen elsewhere", and the
 * traits are the reasons shown beside it ("same claimant, same numbers, 1 day apart").
 *
 * Points (a claim needs LIKENESS_THRESHOLD):
 * - wording (trigram similarity s of the normalised texts, from the database): at s = 0.2, the
 *   old "seen elsewhere" bar, alone enough (0.4); up to 1.0 for the same text;
 * - same claimant 0.3: who said it is the strongest trait that survives translation;
 * - an entity of one claim (claimant or intermediary) named in the other's text 0.15;
 * - same type 0.08;
 * - shared figures up to 0.25 (share of the figures of the claim with fewer): casualty counts and
 *   amounts rarely coincide by chance; single digits and years count half (they often do);
 * - dates: 0.09 on the same day, less up to 3 days; without close wording, more than a week apart
 *   takes 0.1 away, more than 30 days 0.2 (a claimant repeating a line months later makes a new
 *   claim to check).
 * So the same claimant with the same type within three days passes (0.3 + 0.08 + ≥ 0.0225), and
 * so do shared figures with a shared entity; the same claimant with another type on the same day
 * (another claim of one press conference), the same claimant and type with no date, or the same
 * type alone do not.
 */
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

export const LIKENESS_THRESHOLD = 0.4;
/** Trigram similarity from which wording alone makes two claims alike (pg_trgm's <-> distance is 1 − this). */
export const WORDING_THRESHOLD = 0.2;

export type LikenessReason = "WORDING" | "SAME_CLAIMANT" | "SHARED_ENTITY" | "SAME_TYPE" | "SAME_NUMBERS";

export interface ClaimTraits {
  type: string;
  claimantId: string | null;
  reportedViaId: string | null;
  /** When it was claimed, else when its article was published. */
  date: Date | null;
  /** The figures in its statement and quote (numbersIn). */
  numbers: string[];
  /** Entities whose names its statement or quote mentions (entitiesMentioned). */
  mentions: ReadonlySet<string>;
}

export interface Likeness {
  score: number;
  reasons: LikenessReason[];
  /** Whole days between the two dates, when both are known. */
  daysApart: number | null;
}

const DAY = 86_400_000;

export function claimLikeness(a: ClaimTraits, b: ClaimTraits, wording: number | null): Likeness {
  let score = 0;
  const reasons: LikenessReason[] = [];
  const add = (points: number, reason: LikenessReason) => {
    score += points;
    reasons.push(reason);
  };
  if (wording !== null && wording >= WORDING_THRESHOLD)
    add(0.4 + (0.6 * (wording - WORDING_THRESHOLD)) / 0.8, "WORDING");
  if (a.claimantId && a.claimantId === b.claimantId) add(0.3, "SAME_CLAIMANT");
  if (namesTheOther(a, b) || namesTheOther(b, a)) add(0.15, "SHARED_ENTITY");
  if (a.type === b.type) add(0.08, "SAME_TYPE");
  const figures = sharedFigures(a.numbers, b.numbers);
  if (figures > 0) add(0.25 * figures, "SAME_NUMBERS");
  const daysApart = a.date && b.date ? Math.floor(Math.abs(a.date.getTime() - b.date.getTime()) / DAY) : null;
  if (daysApart !== null && daysApart <= 3) score += 0.09 * (1 - daysApart / 4);
  // Far apart, traits other than wording are weaker evidence (a claimant repeats a line months
  // later); close wording still stands: the same sentence reported a month on is the same claim.
  else if (daysApart !== null && !reasons.includes("WORDING")) score -= daysApart > 30 ? 0.2 : daysApart > 7 ? 0.1 : 0;
  return { score: Math.round(score * 1000) / 1000, reasons, daysApart };
}

export function isAlike(likeness: Likeness): boolean {
  return likeness.score >= LIKENESS_THRESHOLD;
}

/** One claim's claimant or intermediary is named in the other's text (and is not simply its claimant too). */
function namesTheOther(a: ClaimTraits, b: ClaimTraits): boolean {
  return [a.claimantId, a.reportedViaId].some((id) => id !== null && id !== b.claimantId && b.mentions.has(id));
}

/** Share (0–1) of the smaller set of figures found in the other; weak figures (one digit, years) count half. */
function sharedFigures(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [few, many] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  const weight = (figure: string) => (figure.length === 1 || /^(19|20)\d\d$/.test(figure) ? 0.5 : 1);
  const total = few.reduce((sum, figure) => sum + weight(figure), 0);
  const shared = few.reduce((sum, figure) => sum + (many.has(figure) ? weight(figure) : 0), 0);
  return shared / total;
}

const MAX_FIGURES = 20;

/**
 * The figures in a text, in any script (Arabic-Indic and Persian digits fold to ASCII), thousands
 * separators dropped ("1,200" and "١٬٢٠٠" are 1200), each once, at most MAX_FIGURES.
 */
export function numbersIn(text: string): string[] {
  const figures = new Set<string>();
  for (const match of normalizeForMatch(text).matchAll(/\d+(?:[,.\u066B\u066C]\d{3})*(?:[.\u066B]\d+)?/g)) {
    const figure = match[0].replace(/[,\u066C]/g, "").replace(/^0+(?=\d)/, "");
    figures.add(figure);
    if (figures.size === MAX_FIGURES) break;
  }
  return [...figures];
}

/**
 * Which of `entities` a text names, by any of their names (normalised; a name must end at a word
 * boundary, and one of three letters or fewer must also start at one, while a longer one may carry
 * an attached Arabic prefix: "وباكير"). Linear in the text for each name; names are bounded by the caller.
 */
export function entitiesMentioned(text: string, entities: { id: string; names: string[] }[]): Set<string> {
  const haystack = ` ${normalizeForMatch(text)} `;
  const found = new Set<string>();
  for (const entity of entities)
    if (entity.names.some((name) => mentions(haystack, normalizeForMatch(name)))) found.add(entity.id);
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function mentions(haystack: string, name: string): boolean {
  if (name.length < 2) return false;
  for (let at = haystack.indexOf(name); at !== -1; at = haystack.indexOf(name, at + 1)) {
    const after = haystack[at + name.length] ?? " ";
    const before = haystack[at - 1] ?? " ";
    if (LETTER_OR_DIGIT.test(after)) continue;
    if (!LETTER_OR_DIGIT.test(before) || (name.length > 3 && /[وفبلك]/.test(before))) return true;
  }
  return false;
}
