/**
 * Who a source relies on, from its own words. Most reports say it: "بحسب المرصد السوري",
 * "according to AFP", "selon l'AFP", "told Reuters", "a statement by the ministry", a dateline
 * "BEIRUT (AFP) —". This finds the phrases next to such cues; the caller looks them up among
 * the team's entity names (one indexed query) and keeps the entity cited most, as a guess the
 * fact-checker confirms with one click.
 *
 * General rules, not a list of outlets: an attribution cue (a preposition of attribution, a
 * speech verb, a dateline in brackets) is followed — or, for "X said", preceded — by a name of
 * one to five words; each of those word spans is a candidate. Linear in the text: one pass of
 * bounded regular expressions over at most MAX_TEXT characters, at most MAX_CANDIDATES phrases.
 */
import { normalizeForMatch, normalizeWithOffsets } from "@/lib/domain/text/arabic-normalize";

export const MAX_TEXT = 30_000;
export const MAX_CANDIDATES = 300;
const MAX_NAME_WORDS = 5;

/** Cues after which the origin is named: "according to X", "بحسب X", "selon X", "told X", "a statement by X". */
const BEFORE_NAME = [
  "according to",
  "citing",
  "quoted by",
  "reported by",
  "a statement by",
  "a statement from",
  "told",
  "said in a statement to",
  "بحسب",
  "حسب",
  "وفقا ل",
  "وفق",
  "نقلا عن",
  "نقلت",
  "أفاد",
  "افادت",
  "أفادت",
  "اعلن",
  "أعلن",
  "أعلنت",
  "اعلنت",
  "ذكر",
  "ذكرت",
  "قال",
  "قالت",
  "أكد",
  "أكدت",
  "بيان ل",
  "selon",
  "d'apres",
  "d’apres",
  "cite par",
  "a declare a",
  "a indique a",
  "a-t-il declare a",
  "a-t-elle declare a",
  "a-t-il indique a",
].map(normalizeForMatch);

/** Speech verbs after which (in English and French) the speaker comes before: "X said", "X a déclaré". */
const AFTER_NAME = [
  "said",
  "says",
  "reported",
  "reports",
  "told",
  "a declare",
  "a indique",
  "a annonce",
  "affirme",
].map(normalizeForMatch);

/** A word, with inner apostrophes, dots and hyphens ("l'AFP", "U.N.", "France-Presse") but no trailing punctuation. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export interface OriginCandidate {
  /** The normalised words that may name the origin. */
  phrase: string;
  /** Where the cue stands (its first word's index): one cue counts once. */
  at: number;
  /** The cue as it stands in the text, for the fact-checker ("according to AFP"). */
  cue: string;
}

/** Candidate origin phrases of a text, with their cues, in the order they appear. */
export function originCandidates(text: string): OriginCandidate[] {
  const original = text.slice(0, MAX_TEXT);
  const { normalized, toOriginal } = normalizeWithOffsets(original);
  const words = [...normalized.matchAll(WORD)].map((match) => ({ word: match[0], at: match.index }));
  // The passage from word `first` to word `last` as the text has it ("according to the Syrian Observatory").
  const passage = (first: number, last: number) =>
    original.slice(toOriginal[words[first]!.at], toOriginal[words[last]!.at + words[last]!.word.length]);
  const out: OriginCandidate[] = [];
  const add = (candidate: OriginCandidate) => {
    if (out.length < MAX_CANDIDATES) out.push(candidate);
  };
  for (let index = 0; index < words.length && out.length < MAX_CANDIDATES; index++) {
    for (const cue of BEFORE_NAME) {
      const length = matchesAt(words, index, cue);
      if (!length) continue;
      const span = words.slice(index + length, index + length + MAX_NAME_WORDS + 1).map((w) => w.word);
      for (const { phrase, used } of namesFrom(span))
        add({ phrase, at: index, cue: passage(index, index + length + used - 1) });
    }
    for (const cue of AFTER_NAME) {
      const length = matchesAt(words, index, cue);
      // "X said": the name ends right before the verb; candidates end there and grow leftwards.
      if (length && index > 0)
        for (let start = index - 1; start >= Math.max(0, index - MAX_NAME_WORDS); start--)
          add({
            phrase: words
              .slice(start, index)
              .map((w) => w.word)
              .join(" "),
            at: index,
            cue: passage(start, index + length - 1),
          });
    }
  }
  // Datelines: "BEIRUT (AFP) —", "(Reuters) -".
  for (const match of normalized.matchAll(/\(([\p{L} .]{2,40})\)\s*[-—–]/gu))
    add({
      phrase: match[1]!.trim(),
      at: -1 - match.index,
      cue: original.slice(toOriginal[match.index], toOriginal[match.index + match[0].length]),
    });
  return out;
}

/** How many words of the cue start at `index` (0 when it does not); "وفقا ل" also matches "وفقا للمرصد". */
function matchesAt(words: { word: string }[], index: number, cue: string): number {
  const parts = cue.split(" ");
  for (let offset = 0; offset < parts.length; offset++) {
    const word = words[index + offset]?.word;
    if (word === undefined) return 0;
    const part = parts[offset]!;
    // A one-letter Arabic preposition at the cue's end is attached to the name that follows.
    if (part.length === 1 && offset === parts.length - 1) return word.startsWith(part) ? offset : 0;
    if (word !== part) return 0;
  }
  return parts.length;
}

/**
 * The spans of one to five words at the start of `span` that may be a name, with Arabic
 * prepositions attached to the first word taken off ("للمرصد" → "المرصد", "لوكالة" → "وكالة")
 * and a leading English/French article dropped ("the", "l'", "la", "le").
 */
function namesFrom(span: string[]): { phrase: string; used: number }[] {
  if (span.length === 0) return [];
  const first = span[0]!;
  const firsts = new Set([first]);
  if (first.startsWith("لل") && first.length > 4) firsts.add(`ال${first.slice(2)}`);
  if (/^[لبو]/.test(first) && first.length > 3) firsts.add(first.slice(1));
  if (/^(l'|l’|d'|d’)/.test(first)) firsts.add(first.slice(2));
  const rest = span.slice(1);
  // [first word of the name, the words after it, words of the span before the name]
  const starts: [string, string[], number][] = [...firsts].map((head) => [head, rest, 0]);
  if (["the", "la", "le", "les"].includes(first) && rest.length > 0) starts.push([rest[0]!, rest.slice(1), 1]);
  const phrases: { phrase: string; used: number }[] = [];
  for (const [head, tail, skipped] of starts)
    for (let length = 0; length <= Math.min(tail.length, MAX_NAME_WORDS - 1); length++)
      phrases.push({ phrase: [head, ...tail.slice(0, length)].join(" "), used: skipped + length + 1 });
  return phrases;
}

export interface OriginGuess {
  entityId: string;
  /** The cue as it stood, for the fact-checker to judge ("according to AFP"). */
  cue: string;
  /** How many times the text attributes something to this entity. */
  count: number;
}

/**
 * The entity the text relies on most, from its candidates and the names they matched
 * (normalised name → entity id). Ties go to the one named first.
 */
export function pickOrigin(
  candidates: OriginCandidate[],
  entityByName: ReadonlyMap<string, string>,
): OriginGuess | null {
  const tally = new Map<string, OriginGuess & { at: number }>();
  const counted = new Set<string>();
  for (const candidate of candidates) {
    const entityId = entityByName.get(candidate.phrase);
    if (!entityId) continue;
    const guess = tally.get(entityId) ?? { entityId, cue: candidate.cue, count: 0, at: candidate.at };
    // One cue counts once for an entity, however many of its word spans matched; the longest names it.
    if (!counted.has(`${entityId}|${candidate.at}`)) guess.count += 1;
    else if (guess.at === candidate.at && candidate.cue.length > guess.cue.length) guess.cue = candidate.cue;
    counted.add(`${entityId}|${candidate.at}`);
    tally.set(entityId, guess);
  }
  let best: (OriginGuess & { at: number }) | null = null;
  for (const guess of tally.values()) if (!best || guess.count > best.count) best = guess;
  return best && { entityId: best.entityId, cue: best.cue, count: best.count };
}
