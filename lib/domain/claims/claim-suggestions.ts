import type { TClaimType } from "@/lib/schemas/claims";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { splitSentences, type SentenceSpan } from "@/lib/domain/text/split-sentences";
import * as signals from "./claim-signals";

export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface PartyGuess {
  entityId: string | null;
  name: string;
}

export interface ClaimSuggestion {
  start: number;
  end: number;
  quote: string;
  type: TClaimType;
  /** Who the checkable assertion is attributed to. */
  claimant: PartyGuess | null;
  /** The intermediary that relays it ("per SOHR", "told AFP"). */
  reportedVia: PartyGuess | null;
  signals: string[];
  score: number;
}

interface Mention {
  entity: KnownEntity;
  at: number;
  end: number;
}

interface AliasKey {
  entity: KnownEntity;
  key: string;
}

/**
 * Proposes the sentences of an article that a fact-checker would check, each with a
 * guessed type, claimant and intermediary. Heuristic by design: the fact-checker accepts,
 * edits or dismisses; the aim is that splitting by hand is rarely needed.
 */
export function suggestClaims(
  text: string,
  options: { entities: KnownEntity[]; dismissed?: { start: number; end: number }[] },
): ClaimSuggestion[] {
  const aliases = aliasKeys(options.entities);
  const dismissed = new Set((options.dismissed ?? []).map((span) => `${span.start}:${span.end}`));
  const suggestions: ClaimSuggestion[] = [];
  // News paragraphs are short: "وأضاف" often opens a new paragraph, so the speaker carries across them.
  let speaker: PartyGuess | null = null;

  for (const sentence of splitSentences(text)) {
    const suggestion = suggestionFor(sentence, aliases, speaker);
    if (!suggestion) continue;
    if (suggestion.claimant) speaker = suggestion.claimant;
    if (!dismissed.has(`${sentence.start}:${sentence.end}`)) suggestions.push(suggestion);
  }
  return suggestions;
}

function suggestionFor(
  sentence: SentenceSpan,
  aliases: AliasKey[],
  previousSpeaker: PartyGuess | null,
): ClaimSuggestion | null {
  if (signals.NOT_A_CLAIM.test(sentence.text.trimStart())) return null;
  const normalized = ` ${normalizeForMatch(sentence.text)} `;
  const words = normalized.trim().split(" ");
  const found = {
    casualty:
      hasStem(words, signals.CASUALTY_STEMS) ||
      signals.CASUALTY_WORDS.test(normalized) ||
      normalized.includes("سقوط عدد"),
    promise: hasStem(words, signals.PROMISE_STEMS) || signals.PROMISE_WORDS.test(normalized),
    accusation:
      hasStem(words, signals.ACCUSATION_STEMS) ||
      signals.ACCUSATION_PHRASES.some((phrase) => normalized.includes(phrase)) ||
      signals.ACCUSATION_WORDS.test(normalized),
    // Digits inside a link (pic.twitter.com/9XZs…) are not figures.
    number: signals.NUMBER_WORDS.test(withoutLinks(normalized)),
    speech: hasStem(words, signals.SPEECH_STEMS) || signals.SPEECH_WORDS.test(normalized) || /بيان/u.test(normalized),
    hedge: signals.HEDGES.test(normalized),
    source: new RegExp(signals.SOURCE_CUES.source, "u").test(normalized),
  };
  const mentions = mentionsIn(normalized, aliases);
  const kinds = Object.entries(found)
    .filter(([, present]) => present)
    .map(([kind]) => kind);
  const checkable =
    found.casualty || found.promise || found.accusation || found.number || found.speech || found.hedge || found.source;
  // A plain sentence of some length states an event, which is checkable too.
  if (!checkable && mentions.length === 0 && words.length < 6) return null;

  const type = typeOf(found);
  const continues =
    signals.CONTINUATION.test(normalized.trim()) && /^\S+ (?:الي|ان|بان|"|«|:)/u.test(normalized.trim());
  const parties = continues
    ? { claimant: previousSpeaker, reportedVia: null }
    : partiesOf(normalized, type, mentions, found, null);
  const claimant = parties.claimant ?? (found.speech ? guessedSpeaker(sentence.text, normalized) : null);
  const reportedVia = parties.reportedVia;
  return {
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
    type,
    claimant,
    reportedVia,
    signals: [...kinds, ...(mentions.length ? ["entity"] : [])],
    score: kinds.length + (mentions.length ? 1 : 0),
  };
}

function typeOf(
  found: Record<"casualty" | "promise" | "accusation" | "number" | "speech" | "hedge" | "source", boolean>,
): TClaimType {
  if (found.casualty) return "CASUALTY_REPORT";
  if (found.promise) return "PROMISE";
  if (found.accusation) return "ACCUSATION";
  if (found.number) return "STATISTIC";
  if (found.speech || found.source || found.hedge) return "STATEMENT";
  return "EVENT";
}

/**
 * Who says it. A source cue ("بحسب المرصد", "according to AFP") names the claimant of a
 * report; for a promise or an accusation the party doing it is the claimant and the cue's
 * source only relays it. Arabic speech verbs come first ("قال العميد …"), so the speaker
 * is looked for after the verb, then before it. "وأضاف" with no one named continues the
 * previous speaker of the paragraph.
 */
function partiesOf(
  normalized: string,
  type: TClaimType,
  mentions: Mention[],
  found: { speech: boolean; source: boolean },
  previousSpeaker: PartyGuess | null,
): { claimant: PartyGuess | null; reportedVia: PartyGuess | null } {
  const cited = mentionAfterCue(normalized, signals.SOURCE_CUES, mentions);
  const relay = mentionAfterCue(normalized, signals.RELAY_CUES, mentions);
  if (type === "PROMISE" || type === "ACCUSATION") {
    const verbAt = firstStemAt(normalized, type === "PROMISE" ? signals.PROMISE_STEMS : signals.ACCUSATION_STEMS);
    const actor =
      nearestBefore(mentions, verbAt, [cited, relay]) ??
      firstAfter(mentions, verbAt, [cited, relay]) ??
      cited ??
      previousSpeaker;
    const via = relay ?? (cited && cited !== actor ? cited : null);
    return { claimant: asParty(actor), reportedVia: asParty(via === actor ? null : via) };
  }
  if (cited) return { claimant: asParty(cited), reportedVia: asParty(relay) };
  if (found.speech) {
    const verbAt = firstStemAt(normalized, signals.SPEECH_STEMS);
    const speaker =
      firstAfter(mentions, verbAt, [relay], 60) ?? nearestBefore(mentions, verbAt, [relay]) ?? previousSpeaker;
    return { claimant: asParty(speaker), reportedVia: asParty(relay) };
  }
  return { claimant: relay ? asParty(relay) : null, reportedVia: null };
}

function asParty(value: Mention | PartyGuess | null | undefined): PartyGuess | null {
  if (!value) return null;
  return "entity" in value ? { entityId: value.entity.id, name: value.entity.name } : value;
}

function mentionAfterCue(normalized: string, cue: RegExp, mentions: Mention[]): Mention | null {
  for (const match of normalized.matchAll(new RegExp(cue.source, "gu"))) {
    const after = match.index + match[0].length;
    const mention = mentions.find((m) => m.at >= after && m.at - after <= 25);
    if (mention) return mention;
  }
  return null;
}

function nearestBefore(mentions: Mention[], at: number, exclude: (Mention | null)[]): Mention | null {
  if (at < 0) return null;
  return mentions.filter((m) => m.end <= at && !exclude.includes(m)).at(-1) ?? null;
}

function firstAfter(
  mentions: Mention[],
  at: number,
  exclude: (Mention | null)[],
  within = Number.POSITIVE_INFINITY,
): Mention | null {
  if (at < 0) return null;
  return mentions.find((m) => m.at > at && m.at - at <= within && !exclude.includes(m)) ?? null;
}

/** Position of the first word starting (after و/ف/ب/ل) with one of the stems, or -1. */
function firstStemAt(normalized: string, stems: readonly string[]): number {
  let at = 0;
  for (const word of normalized.split(" ")) {
    if (stemMatches(word, stems)) return at;
    at += word.length + 1;
  }
  return -1;
}

function hasStem(words: string[], stems: readonly string[]): boolean {
  return words.some((word) => stemMatches(word, stems));
}

function stemMatches(word: string, stems: readonly string[]): boolean {
  const bare = word.replace(/^["«(]+/u, "");
  return stems.some((stem) => bare.startsWith(stem) || (/^[وفبل]/u.test(bare) && bare.slice(1).startsWith(stem)));
}

function aliasKeys(entities: KnownEntity[]): AliasKey[] {
  const keys: AliasKey[] = [];
  for (const entity of entities) {
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      const key = normalizeForMatch(alias);
      if (key.length >= 3) keys.push({ entity, key });
    }
  }
  // Longest first, so "المرصد السوري لحقوق الانسان" wins over "المرصد" at the same place.
  return keys.sort((a, b) => b.key.length - a.key.length);
}

/** Entity names in the sentence, word-bounded, allowing Arabic's attached و ف ب ل ال prefixes. */
function mentionsIn(normalized: string, aliases: AliasKey[]): Mention[] {
  const taken: Mention[] = [];
  for (const { entity, key } of aliases) {
    for (let at = normalized.indexOf(key); at !== -1; at = normalized.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!startsWord(normalized, at) || /[\p{L}\p{N}]/u.test(normalized[end] ?? " ")) continue;
      if (taken.some((m) => at < m.end && end > m.at)) continue;
      taken.push({ entity, at, end });
    }
  }
  return taken.sort((a, b) => a.at - b.at);
}

function startsWord(text: string, at: number): boolean {
  let before = at;
  for (let prefix = 0; prefix < 2 && before > 0 && /[وفبل]/u.test(text[before - 1]!); prefix++) before -= 1;
  return before === 0 || !/[\p{L}\p{N}]/u.test(text[before - 1]!);
}

/**
 * With no known entity, the words after the speech verb up to "أن"/"إن"/"إلى" or a comma
 * ("مصادر ميدانية", "the minister"), taken from the original text: normalising keeps the
 * word count, so word i of one is word i of the other.
 */
function guessedSpeaker(original: string, normalized: string): PartyGuess | null {
  const words = normalized.trim().split(" ");
  const verb = words.findIndex((word) => stemMatches(word, signals.SPEECH_STEMS));
  if (verb === -1) return null;
  const stop = new Set(["ان", "بان", "الي", "في", "فيه", "فيها", "على", "عن"]);
  const picked: number[] = [];
  for (let index = verb + 1; index < words.length && picked.length < 3; index++) {
    const word = words[index]!;
    if (stop.has(word) || /^["«:]/u.test(word)) break;
    picked.push(index);
    if (/[،,]$/u.test(word)) break;
  }
  if (!picked.length) return null;
  const originalWords = original.trim().split(/\s+/u);
  const name = picked
    .map((index) => originalWords[index] ?? "")
    .join(" ")
    .replace(/[،,:"«»]+$/u, "")
    .trim();
  return name ? { entityId: null, name } : null;
}

/**
 * The sentence without tokens holding two or more dots or slashes (links, file names, dates
 * like 22/10/2025 stay out of "has a figure"). Token by token, so it stays linear: the single
 * regular expression it replaces backtracked quadratically on one long token.
 */
function withoutLinks(text: string): string {
  return text.replace(/\S+/gu, (token) => (token.split(/[./]/u).length > 2 ? " " : token));
}
