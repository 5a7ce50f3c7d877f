import type { TClaimType } from "@/lib/schemas/claims";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

/** A claim split by hand: its exact quote, type and speaker (a name, acceptable names, or null for the narrator). */
export interface ReferenceClaim {
  quote: string;
  type: TClaimType;
  speaker: string | (string | null)[] | null;
}

export interface ScoredSuggestion {
  start: number;
  end: number;
  type: TClaimType;
  claimant: { entityId: string | null; name: string } | null;
}

export interface ScoringEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface SuggestionScore {
  references: number;
  hits: number;
  suggestions: number;
  relevant: number;
  typeCorrect: number;
  speakerCorrect: number;
  /** Per reference claim, what happened to it (for reading a regression). */
  details: { quote: string; hit: boolean; type?: TClaimType; speaker?: string | null; speakerOk?: boolean }[];
  /** Suggestions that overlap no reference claim (what costs precision). */
  extras: { start: number; end: number }[];
}

/** A suggestion covers a reference claim when it spans at least this share of the claim. */
const COVER_SHARE = 0.6;

/**
 * Scores suggestions against claims split by hand. Fine-grained recall: a reference claim is hit
 * when a suggestion covers it and that suggestion covers at most two reference claims (a whole
 * paragraph proposed as one claim does not count). Precision: suggestions overlapping at least one
 * reference claim. Type and speaker accuracy are over hit claims; speakers compare normalised
 * names, an entity's aliases standing for its name.
 */
export function scoreSuggestions(
  text: string,
  references: ReferenceClaim[],
  suggestions: ScoredSuggestion[],
  entities: ScoringEntity[],
): SuggestionScore {
  const spans = references.map((reference) => {
    const start = text.indexOf(reference.quote);
    if (start === -1) throw new Error(`reference quote not in the text: ${reference.quote.slice(0, 60)}`);
    return { start, end: start + reference.quote.length };
  });
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const covers = (suggestion: ScoredSuggestion, span: { start: number; end: number }) =>
    overlap(suggestion, span) >= COVER_SHARE * (span.end - span.start);
  const coveredCount = suggestions.map((suggestion) => spans.filter((span) => covers(suggestion, span)).length);

  const score: SuggestionScore = {
    references: references.length,
    hits: 0,
    suggestions: suggestions.length,
    relevant: suggestions.filter((suggestion) => spans.some((span) => overlap(suggestion, span) > 0)).length,
    typeCorrect: 0,
    speakerCorrect: 0,
    details: [],
    extras: suggestions.filter((suggestion) => !spans.some((span) => overlap(suggestion, span) > 0)),
  };
  references.forEach((reference, index) => {
    const span = spans[index]!;
    let best: ScoredSuggestion | null = null;
    suggestions.forEach((suggestion, at) => {
      if (coveredCount[at]! > 2 || !covers(suggestion, span)) return;
      if (!best || overlap(suggestion, span) > overlap(best, span)) best = suggestion;
    });
    const hit = best as ScoredSuggestion | null;
    if (!hit) {
      score.details.push({ quote: reference.quote, hit: false });
      return;
    }
    score.hits += 1;
    if (hit.type === reference.type) score.typeCorrect += 1;
    const speakerOk = speakerMatches(reference.speaker, hit.claimant, entities);
    if (speakerOk) score.speakerCorrect += 1;
    score.details.push({
      quote: reference.quote,
      hit: true,
      type: hit.type,
      speaker: hit.claimant?.name ?? null,
      speakerOk,
    });
  });
  return score;
}

export function speakerMatches(
  expected: ReferenceClaim["speaker"],
  claimant: ScoredSuggestion["claimant"],
  entities: ScoringEntity[],
): boolean {
  const alternatives = Array.isArray(expected) ? expected : [expected];
  if (!claimant) return alternatives.includes(null);
  const guessed = namesOf(claimant.name, entities, claimant.entityId);
  return alternatives.some(
    (name) => name !== null && namesOf(name, entities, null).some((a) => guessed.some((b) => sameName(a, b))),
  );
}

/** The name and, when it names an entity, all the entity's names, each as a set of words. */
function namesOf(name: string, entities: ScoringEntity[], entityId: string | null): string[][] {
  const key = words(name).join(" ");
  const entity = entities.find(
    (candidate) =>
      candidate.id === entityId ||
      [candidate.name, ...candidate.aliases].some((alias) => words(alias).join(" ") === key),
  );
  const all = entity ? [name, entity.name, ...entity.aliases] : [name];
  return all.map(words).filter((list) => list.length > 0);
}

const FILLER = new Set(["the", "a", "of", "for", "le", "la", "les", "l", "de", "du", "des", "d", "في", "s"]);

function words(name: string): string[] {
  return normalizeForMatch(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .map((word) => (/^ال\p{L}{3,}/u.test(word) ? word.slice(2) : word))
    .filter((word) => word && !FILLER.has(word));
}

/** One name's words within the other's, the shorter holding at least half of the longer's words. */
function sameName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length * 2 >= long.length && short.every((word) => long.includes(word));
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
