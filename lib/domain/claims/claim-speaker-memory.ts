import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import type { Attribution } from "./claim-speakers";
import { articleSlice, type PartyGuess } from "./claim-speaker-names";
import { arabicBare, tokenize } from "./claim-tokens";
import { AR_TITLES, LATIN_TITLES } from "./claim-words";

/** Speakers named so far, most recent last, with all the words that named them ("la ministre de la Santé, Claire Morel"). */
export interface SpeakerMemory {
  /** The article text, for naming parties in their original spelling. */
  source: string;
  previous: PartyGuess | null;
  named: { party: PartyGuess; words: Set<string> }[];
}

/** Remembers a claimant so "the agency", "الشبكة" or a bare surname later find it. */
export function remember(memory: SpeakerMemory, attribution: Attribution): void {
  if (!attribution.claimant) return;
  memory.previous = attribution.claimant;
  if (attribution.how === "carried") return;
  const bag = new Set(contentWords(`${attribution.phrase} ${attribution.claimant.name}`));
  memory.named.push({ party: attribution.claimant, words: bag });
  if (memory.named.length > 40) memory.named.shift();
}

// ── Memory: "the agency", "الشبكة", "La ministre", "Popescu" name someone already quoted ───────

export function resolve(party: PartyGuess | null, at: number, memory: SpeakerMemory): PartyGuess | null {
  if (!party || party.entityId) return party;
  const content = contentWords(party.name);
  if (content.length !== 1) return party;
  // "the commission", "الشبكة": a body's common noun names the body, not a person whose title holds the noun
  // ("Commission chairwoman Ruth Mvula"); a title ("the minister", "الوزير") or a surname names the person.
  const bodyNoun = isCommonNoun(party.name) && !isTitle(content[0]!);
  for (let index = memory.named.length - 1; index >= 0; index--) {
    const entry = memory.named[index]!;
    if (bodyNoun && entry.party.kind === "PERSON") continue;
    if (entry.party.name !== party.name && content.every((word) => entry.words.has(word))) return entry.party;
  }
  return firstFullName(party, at) ?? party;
}

function isCommonNoun(name: string): boolean {
  const first = name.trim().split(/\s+/u)[0] ?? "";
  return /^(?:the|le|la|les|l['’])/iu.test(first) || /^\p{Ll}/u.test(first) || /^[وف]?ال[\u0600-\u06FF]/u.test(first);
}

function isTitle(word: string): boolean {
  return LATIN_TITLES.has(word) || AR_TITLES.some((title) => word.startsWith(title));
}

/**
 * Arabic reports name a body in full once, then by its head noun: "البنك" after "البنك المركزي المصري".
 * The first earlier occurrence of the noun followed by definite adjectives gives the full name (looked
 * for in a bounded window, so a long article stays linear).
 */
function firstFullName(party: PartyGuess, at: number): PartyGuess | null {
  const head = party.name.replace(/^[وف]/u, "");
  if (!/^ال[\u0600-\u06FF]{2,}$/u.test(head)) return null;
  const before = tokenize(articleSlice(at - 3000, at));
  const key = normalizeForMatch(head);
  const first = before.findIndex((token) => token.word && arabicBare(token.norm, false).includes(key));
  if (first === -1) return null;
  const name = [before[first]!];
  for (let next = first + 1; next < before.length && name.length < 4; next++) {
    const token = before[next]!;
    if (!token.word || !token.norm.startsWith("ال")) break;
    name.push(token);
  }
  if (name.length < 2) return null;
  const full = name
    .map((token) => token.text)
    .join(" ")
    .replace(/^[وفبل](?=ال)/u, "");
  return { entityId: null, name: full, isNew: true, kind: "ORGANIZATION" };
}

const FILLER = new Set([
  "the",
  "a",
  "an",
  "le",
  "la",
  "les",
  "l",
  "de",
  "du",
  "des",
  "d",
  "of",
  "for",
  "in",
  "في",
  "s",
]);

export function contentWords(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}\u0640]+/u)
    .map((word) =>
      word
        .toLowerCase()
        .normalize("NFD")
        .replace(/[\u0300-\u036f\u064b-\u0652]/gu, ""),
    )
    .map((word) => word.replace(/[أإآ]/gu, "ا").replace(/ى/gu, "ي").replace(/ة/gu, "ه"))
    .map((word) => (/^ال\p{L}{3,}/u.test(word) ? word.slice(2) : word))
    .filter((word) => word && !FILLER.has(word));
}
