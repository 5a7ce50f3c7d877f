import type { Clause } from "./claim-clauses";
import type { EntityIndex, Mention } from "./claim-mentions";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { arabicBare, hasArabicStem, isComma, isQuoteMark, tokenize, type Token } from "./claim-tokens";
import * as words from "./claim-words";

export interface PartyGuess {
  entityId: string | null;
  name: string;
  /** Named in the text but not (yet) an entity of the team: accepting can create it. */
  isNew?: boolean;
  kind?: "PERSON" | "ORGANIZATION";
}

export interface Attribution {
  claimant: PartyGuess | null;
  reportedVia: PartyGuess | null;
  /** How the claimant was found: a speech verb, a source cue, or carried from the previous speaker. */
  how: "verb" | "cue" | "carried" | null;
  /** Words naming the claimant, for the prosecution rule of the type guess. */
  phrase: string;
}

/** Speakers named so far, most recent last, with all the words that named them ("la ministre de la Santé, Claire Morel"). */
export interface SpeakerMemory {
  /** The article text, for naming parties in their original spelling. */
  source: string;
  previous: PartyGuess | null;
  named: { party: PartyGuess; words: Set<string> }[];
}

const NONE: Attribution = { claimant: null, reportedVia: null, how: null, phrase: "" };

/**
 * Who makes the assertion of a clause, found as a journalist reads it: the subject of the speech verb
 * (after it in Arabic, before it in English and French, after it when the attribution follows a quote:
 * ", said X", "», a déclaré X"); the named person nearest the verb rather than the title or body before
 * the name; a source cue ("according to", "selon", "بحسب"); else, for a clause that goes on with
 * reported speech (a pronoun, "وأضاف", a participle), the previous speaker.
 */
export function attribute(clause: Clause, index: EntityIndex, memory: SpeakerMemory, quotedSentence: boolean) {
  articleText = memory.source;
  const tokens = clause.tokens;
  const mentions = index.mentionsIn(tokens);
  const arabic = tokens.some((token) => token.word && /[\u0600-\u06FF]/u.test(token.text));
  const relay = relayIn(tokens, mentions);
  const carried = (): Attribution =>
    memory.previous
      ? { claimant: memory.previous, reportedVia: relay?.party ?? null, how: "carried", phrase: "" }
      : NONE;

  const verb = attributionVerb(tokens, arabic);
  if (verb !== -1 && !(clause.continues && !arabic && verb > 0)) {
    const found = arabic ? arabicSubject(tokens, verb, mentions, relay) : latinSubject(tokens, verb, mentions, relay);
    if (found === "carried") return carried();
    if (found) {
      const party = resolve(found.party, tokens[0]!.start, memory);
      return { claimant: party, reportedVia: relay?.party ?? null, how: "verb" as const, phrase: found.phrase };
    }
    return carried();
  }
  if (clause.continues) return carried();
  const cited = cueSource(tokens, mentions, arabic, relay);
  if (cited) {
    const party = resolve(cited.party, tokens[0]!.start, memory);
    return { claimant: party, reportedVia: relay?.party ?? null, how: "cue" as const, phrase: cited.phrase };
  }
  if (relay?.source) return { claimant: relay.party, reportedVia: null, how: "cue" as const, phrase: "" };
  if (quotedSentence) return carried();
  return { ...NONE, reportedVia: relay?.party ?? null };
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

// ── The attribution verb ──────────────────────────────────────────────────────────────────────

/** The first speech verb outside quotations and relative clauses; else the first accusation or promise verb. */
function attributionVerb(tokens: Token[], arabic: boolean): number {
  let act = -1;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word || token.quoted || inRelative(tokens, index)) continue;
    const speech = arabic ? words.isArabicSpeechVerb(token.norm) : words.isLatinSpeechVerb(token.norm);
    if (speech) return index;
    const actVerb = arabic ? words.isArabicActVerb(token.norm) : words.isLatinActVerb(token.norm);
    const passive = !arabic && /^(?:est|is|was|were|been|ete|sont|etre|be)$/u.test(tokens[index - 1]?.norm ?? "");
    if (actVerb && !passive && act === -1) act = index;
  }
  return act;
}

function inRelative(tokens: Token[], index: number): boolean {
  const before = previousWord(tokens, index);
  const twoBefore = before === -1 ? -1 : previousWord(tokens, before);
  const isRelative = (at: number) => at !== -1 && !tokens[at]!.capital && words.RELATIVES.has(tokens[at]!.norm);
  return isRelative(before) || (twoBefore !== -1 && isRelative(twoBefore) && words.PRONOUNS.has(tokens[before]!.norm));
}

function previousWord(tokens: Token[], index: number): number {
  for (let at = index - 1; at >= 0; at--) if (tokens[at]!.word) return at;
  return -1;
}

// ── Arabic: verb first, subject after; a name or entity just before the verb is the subject ──────

type Found = { party: PartyGuess | null; phrase: string } | "carried" | null;

function arabicSubject(tokens: Token[], verb: number, mentions: Mention[], relay: Relay | null): Found {
  // "أحمد الشرع وعد فرنسا", "أصدرت فرقة الغرباء بياناً ادعت فيه": an entity right before the verb acts.
  const before = mentions.filter((m) => m.to <= verb && verb - m.to <= 5 && !blocked(tokens, m.to, verb)).at(-1);
  if (before) return { party: entityParty(before), phrase: text(tokens, before.from, before.to) };
  const next = tokens[verb + 1];
  if (!next || !next.word || isQuoteMark(next) || words.STOP_AFTER_AR_VERB.has(next.norm)) return "carried";
  const end = arabicPhraseEnd(tokens, verb + 1, relay);
  if (end <= verb + 1) return "carried";
  return nameFromPhrase(tokens, verb + 1, end, mentions, relay, words.isArabicActVerb(tokens[verb]!.norm));
}

function blocked(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const token = tokens[at]!;
    if (isComma(token) || (token.word && /^(?:ان|بان|انه|انها)$/u.test(token.norm))) return true;
  }
  return false;
}

/**
 * The subject phrase after an Arabic verb ends at أن/إلى, a comma, a quote, a time word, "في بيان", a
 * relay, a complement with ب ("بتخزين", "بنحو", "بالوقوف"), or — after an organisation's definite
 * name — the first indefinite noun, which starts the object ("قدّر صندوق النقد الدولي نموَّ…").
 */
function arabicPhraseEnd(tokens: Token[], from: number, relay: Relay | null): number {
  const titled = arabicBare(tokens[from]?.norm ?? "", true).some((form) =>
    words.AR_TITLES.some((t) => form.startsWith(t)),
  );
  let previousDefinite = false;
  let at = from;
  for (; at < tokens.length && at - from < 14; at++) {
    const token = tokens[at]!;
    if (relay && at === relay.from) break;
    if (!token.word) {
      if (isComma(token) || isQuoteMark(token) || token.text === ":" || token.text === "(" || token.text === ".") break;
      continue;
    }
    if (words.STOP_AFTER_AR_VERB.has(token.norm) || /^\p{N}/u.test(token.norm)) break;
    if (at > from && /^ب(?:ال|ت|است|م|ان|نحو|نسبه|حوالي|قيمه)/u.test(token.norm)) break;
    if (token.norm === "في" && hasArabicStem(tokens[at + 1]?.norm ?? "", words.AR_DOCUMENTS)) break;
    if (token.norm === "من" && at - from >= 2) break;
    const definite = /^(?:[وفبل])?ال/u.test(token.norm);
    const preposition = /^(?:في|من|الي|علي|عن|ل|باسم)$/u.test(token.norm) || /^لل/u.test(token.norm);
    if (!titled && previousDefinite && !definite && !preposition && !words.AR_RANKS.has(tokens[at - 1]?.norm ?? ""))
      break;
    previousDefinite = definite;
  }
  return at;
}

// ── English and French: subject before the verb, or after it when the attribution follows a quote ──

function latinSubject(tokens: Token[], verb: number, mentions: Mention[], relay: Relay | null): Found {
  let before = verb - 1;
  while (
    before >= 0 &&
    tokens[before]!.word &&
    /^(?:a|ont|has|have|had|also|then|s'est|est|was|is)$/u.test(tokens[before]!.norm)
  )
    before -= 1;
  const previous = tokens[before];
  if (previous?.word && (words.PRONOUNS.has(previous.norm) || /^a-t-(?:il|elle)$/u.test(previous.norm)))
    return "carried";
  if (tokens.slice(Math.max(0, verb - 2), verb).some((token) => /^a-t-(?:il|elle)$/u.test(token.norm)))
    return "carried";
  const speech = words.isLatinSpeechVerb(tokens[verb]!.norm);
  const afterQuote = isQuoteMark(previous) || (isComma(previous) && isQuoteMark(tokens[before - 1]));
  const inverted = speech && (before < 0 || afterQuote || (isComma(previous) && incise(tokens, verb + 1)));
  if (inverted) {
    let from = verb + 1;
    while (from < tokens.length && tokens[from]!.word && words.LATIN_TIME_WORDS.has(tokens[from]!.norm)) from += 1;
    if (tokens[from]?.norm === "on" && words.LATIN_TIME_WORDS.has(tokens[from + 1]?.norm ?? "")) from += 2;
    let end = from;
    while (
      end < tokens.length &&
      !/^(?:that|que|qu'il|qu'elle|to|a|au|aux|in|on|sur|lors|during|after|apres)$/u.test(tokens[end]!.norm) &&
      tokens[end]!.text !== "."
    )
      end += 1;
    if (end === from) return before < 0 ? "carried" : null;
    return pickPart(tokens, from, end, mentions, relay, true);
  }
  if (before < 0) return "carried";
  return pickPart(tokens, 0, before + 1, mentions, relay, false);
}

/** ", said Dr. Ahmed Karimi." / ", a annoncé lundi la ministre…": after the verb comes a name, not a clause. */
function incise(tokens: Token[], from: number): boolean {
  let at = from;
  while (at < tokens.length && tokens[at]!.word && words.LATIN_TIME_WORDS.has(tokens[at]!.norm)) at += 1;
  const first = tokens[at];
  const determiner = words.LATIN_DETERMINERS.has(first?.norm ?? "") || /^(?:l|d)'/u.test(first?.norm ?? "");
  if (!first?.word || !(first.capital || determiner || words.LATIN_TITLES.has(first.norm))) return false;
  for (; at < tokens.length && !isComma(tokens[at]) && tokens[at]!.text !== "."; at++) {
    if (
      /^(?:has|have|had|was|were|is|are|will|would|could|did|ont|avait|est|sont|sera|serait|that|que)$/u.test(
        tokens[at]!.norm,
      )
    )
      return false;
  }
  return true;
}

/**
 * Among the comma-separated parts of a subject ("Kessler's lawyer, Mark Feldman,"; "Lina Haddad, a
 * spokeswoman for OCHA,"), the personal name wins; else the part nearest the verb that is not a
 * relative clause, an apposition or a participle phrase. After the verb, the first part.
 */
function pickPart(
  tokens: Token[],
  from: number,
  to: number,
  mentions: Mention[],
  relay: Relay | null,
  after: boolean,
): Found {
  const parts: [number, number][] = [];
  let start = from;
  for (let at = from; at <= to; at++) {
    if (at === to || isComma(tokens[at]) || (tokens[at]!.text === "-" && at < to - 1) || tokens[at]!.text === "—") {
      if (at > start) parts.push([start, at]);
      start = at + 1;
    }
  }
  const cleaned = parts
    .map(([a, b]) => trimLatin(tokens, a, b, relay))
    .filter(([a, b]) => b > a && tokens.slice(a, b).some((token) => token.word && !token.quoted));
  const region = cleaned.length ? text(tokens, cleaned[0]![0], cleaned.at(-1)![1]) : "";
  const withRegion = (found: Found): Found => (found && found !== "carried" ? { ...found, phrase: region } : found);
  const personal = cleaned.find(([a, b]) => personalName(tokens, a, b));
  if (personal) return withRegion(nameFromPhrase(tokens, personal[0], personal[1], mentions, relay, false));
  const usable = cleaned.filter(([a, b], index) => {
    const first = tokens[a]!;
    if (words.RELATIVES.has(first.norm) || first.quoted) return false;
    // Appositions ("a spokeswoman for…") and participle phrases ("réunies en association") are not the subject.
    if (index > 0 && (/^(?:a|an|un|une)$/u.test(first.norm) || (!first.capital && NOT_A_SUBJECT.test(first.norm))))
      return false;
    return b - a <= 12;
  });
  const chosen = after ? usable[0] : usable.at(-1);
  if (chosen) return withRegion(nameFromPhrase(tokens, chosen[0], chosen[1], mentions, relay, false));
  // A long subject: the capitalised name right before the verb ("…95% the World Health Organization says").
  const last = cleaned.at(-1);
  if (!after && last) {
    const run = organisationRun(tokens, last[0], last[1], true);
    if (run) return withRegion(nameFromPhrase(tokens, run[0], run[1], mentions, relay, false));
  }
  return null;
}

/** Participle and adverbial phrases between a subject and its verb: "réunies en association", "in a statement". */
const NOT_A_SUBJECT =
  /^(?:\p{L}+(?:ed|ing|ee|ees|es|ie|ies|is|ant)|in|on|at|after|before|with|for|dans|en|a|apres|avant|lors|avec|selon|pour|sur)$/u;

/** Without opening conjunctions and adverbials, trailing auxiliaries, and a relay ("interrogés par l'AFP"). */
function trimLatin(tokens: Token[], from: number, to: number, relay: Relay | null): [number, number] {
  if (relay && relay.from >= from && relay.from < to) to = relay.from;
  while (
    from < to &&
    (!tokens[from]!.word || /^(?:and|but|while|whereas|et|mais|tandis|alors|que|so)$/u.test(tokens[from]!.norm))
  )
    from += 1;
  if (
    /^(?:on|last|in|en|le|this|earlier|plus)$/u.test(tokens[from]?.norm ?? "") &&
    words.LATIN_TIME_WORDS.has(tokens[from + 1]?.norm ?? "")
  )
    from += 2;
  for (let at = from + 1; at < to; at++) {
    if (
      /^(?:has|have|had|was|were|is|are|will|would|a|ont|avait|avaient|est|sont|also|n'a|n'ont)$/u.test(
        tokens[at]!.norm,
      )
    ) {
      to = at;
      break;
    }
  }
  while (to > from && !tokens[to - 1]!.word && !/[)]/u.test(tokens[to - 1]!.text)) to -= 1;
  return [from, to];
}

/** Two to four capitalised words, titles aside: "Ahmed Karimi", "Marie-Amélie Lefèvre". */
function personalName(tokens: Token[], from: number, to: number): [number, number] | null {
  let start = from;
  for (let at = from; at < to; at++) if (words.LATIN_TITLES.has(tokens[at]!.norm)) start = at + 1;
  const run = tokens.slice(start, to).filter((token) => token.word);
  if (run.length < 2 || run.length > 4 || !run.every((token) => token.capital)) return null;
  if (run.some((token) => words.LATIN_DETERMINERS.has(token.norm) || /'s$/u.test(token.norm))) return null;
  return [start, to];
}

// ── From a phrase to a party ──────────────────────────────────────────────────────────────────

function nameFromPhrase(
  tokens: Token[],
  from: number,
  to: number,
  mentions: Mention[],
  relay: Relay | null,
  actVerb: boolean,
): { party: PartyGuess | null; phrase: string } | null {
  while (from < to && !tokens[from]!.word) from += 1;
  while (to > from && !tokens[to - 1]!.word && !/[)]/u.test(tokens[to - 1]!.text)) to -= 1;
  if (to <= from) return null;
  const phrase = text(tokens, from, to);
  const first = arabicBare(tokens[from]!.norm, false).at(-1)!;
  const viaName = relay ? ` (${relay.surface})` : "";
  if (words.UNNAMED_SOURCES.has(first) || words.UNNAMED_SOURCES.has(tokens[from]!.norm))
    return { party: { entityId: null, name: `${phrase}${viaName}` }, phrase };
  if (to - from === 1 && arabicBare(tokens[from]!.norm, true).some((form) => words.NOT_SPEAKERS.has(form)))
    return { party: null, phrase };
  const inside = mentions.filter((m) => m.from >= from && m.to <= to);
  const arabic = /[\u0600-\u06FF]/u.test(phrase);
  if (arabic) {
    if (inside.length) return { party: entityParty(inside.at(-1)!), phrase };
    return { party: arabicName(tokens, from, to, actVerb), phrase };
  }
  // Latin scripts: an entity when it is the whole name ("the Syrian Observatory…", "l'AFAD"), not a word of
  // a longer one ("la Fédération hospitalière de France", "Banque de France").
  const bare = withoutDeterminer(tokens, from, to);
  const whole = inside.find((m) => m.from <= bare && m.to >= lastWord(tokens, from, to) + 1);
  if (whole) return { party: entityParty(whole), phrase };
  const person = personalName(tokens, from, to);
  if (person)
    return { party: { entityId: null, name: text(tokens, person[0], person[1]), isNew: true, kind: "PERSON" }, phrase };
  const titled = afterTitle(tokens, from, to);
  if (titled)
    return { party: { entityId: null, name: text(tokens, titled[0], titled[1]), isNew: true, kind: "PERSON" }, phrase };
  const member = memberOf(tokens, from, to);
  if (member)
    return {
      party: { entityId: null, name: text(tokens, member[0], member[1]), isNew: true, kind: "ORGANIZATION" },
      phrase,
    };
  const capitals = tokens.slice(bare, to).filter((token) => token.word && token.capital).length;
  const acronym = /^\p{Lu}{2,}$/u.test(tokens[bare]!.text.replace(/^[lLdD]['’]/u, ""));
  if (tokens[bare]!.capital && (capitals >= 2 || acronym))
    return { party: { entityId: null, name: text(tokens, bare, to), isNew: true, kind: "ORGANIZATION" }, phrase };
  const org = organisationRun(tokens, from, to, false);
  if (org)
    return { party: { entityId: null, name: text(tokens, org[0], org[1]), isNew: true, kind: "ORGANIZATION" }, phrase };
  if (inside.length) return { party: entityParty(inside.at(-1)!), phrase };
  return { party: { entityId: null, name: text(tokens, bare, to) }, phrase };
}

function lastWord(tokens: Token[], from: number, to: number): number {
  let at = to - 1;
  while (at > from && !tokens[at]!.word) at -= 1;
  return at;
}

/** "Rescuers from the White Helmets civil defence group", "Meteorologists at … INMET": the organisation. */
function memberOf(tokens: Token[], from: number, to: number): [number, number] | null {
  const link = tokens.findIndex((token, at) => at > from && at < to && words.LATIN_MEMBER_LINKS.has(token.norm));
  if (link === -1 || link > from + 2 || !/s$/u.test(tokens[link - 1]!.norm)) return null;
  const start = tokens.findIndex((token, at) => at > link && at < to && token.capital);
  if (start === -1) return null;
  let end = start;
  while (end < to && tokens[end]!.capital) end += 1;
  return [start, end];
}

/** "Governor Marcos Tavares" → "Marcos Tavares"; "Dr. Ahmed Karimi" → "Ahmed Karimi"; "Popescu". */
function afterTitle(tokens: Token[], from: number, to: number): [number, number] | null {
  let start = -1;
  for (let at = from; at < to; at++) if (words.LATIN_TITLES.has(tokens[at]!.norm)) start = at + 1;
  if (start === -1) {
    const only = tokens.slice(from, to).filter((token) => token.word);
    return only.length === 1 && only[0]!.capital && !words.LATIN_DETERMINERS.has(only[0]!.norm) ? [from, to] : null;
  }
  const run = tokens.slice(start, to);
  return run.length >= 1 && run.length <= 3 && run.every((token) => token.word && token.capital) ? [start, to] : null;
}

/**
 * A capitalised run naming an organisation: "the Syrian Observatory for Human Rights", "SUD Santé"
 * after "Le syndicat", "INMET" after "Meteorologists at the national weather institute"; lower-case
 * connectors (of, for, de, la) may sit inside the run.
 */
function organisationRun(tokens: Token[], from: number, to: number, anywhere: boolean): [number, number] | null {
  let end = to;
  while (end > from && !tokens[end - 1]!.word) end -= 1;
  if (!tokens[end - 1]?.capital) return null;
  let start = end - 1;
  while (start > from) {
    const token = tokens[start - 1]!;
    if (token.capital && token.word && !words.LATIN_DETERMINERS.has(token.norm)) start -= 1;
    else if (/^(?:of|for|and|de|la|des|du|et|d')$/u.test(token.norm) && tokens[start - 2]?.capital) start -= 1;
    else break;
  }
  if (start === from && from === 0 && end - start === 1) return null; // a lone sentence-initial capital
  // "Le syndicat SUD Santé": the run follows its common noun; "Doctors in Bucharest" names a place.
  const before = tokens[start - 1];
  if (!anywhere && before && /^(?:in|en|a|at|from|near|pres|dans|au|aux|of|de)$/u.test(before.norm)) return null;
  return [start, end];
}

function withoutDeterminer(tokens: Token[], from: number, to: number): number {
  return words.LATIN_DETERMINERS.has(tokens[from]!.norm) && to - from > 1 ? from + 1 : from;
}

/**
 * Arabic subjects: a rank word ("العميد") is followed by the name; after a title ("المتحدث باسم…",
 * "نائبة مفوض…", "وزير المالية") the name is the last two or three words, at least one without the
 * article (a name), the object of an accusation or promise verb aside; an organisation keeps its words.
 */
function arabicName(tokens: Token[], from: number, to: number, actVerb: boolean): PartyGuess | null {
  const list = tokens.slice(from, to).filter((token) => token.word);
  if (!list.length) return null;
  const rank = list.map((token) => token.norm).findLastIndex((norm) => words.AR_RANKS.has(norm));
  if (rank !== -1 && rank < list.length - 1) {
    const name = list.slice(rank + 1, rank + 4);
    return { entityId: null, name: name.map((t) => t.text).join(" "), isNew: true, kind: "PERSON" };
  }
  const head = arabicBare(list[0]!.norm, true);
  if (head.some((form) => words.AR_TITLES.some((title) => form.startsWith(title))) && list.length >= 3) {
    let end = list.length;
    if (actVerb) while (end > 2 && list[end - 1]!.norm.startsWith("ال")) end -= 1;
    let start = Math.max(1, end - 2);
    const third = list[start - 1];
    if (start > 1 && third && !third.norm.startsWith("ال") && !/^(?:في|من|باسم|لل)/u.test(third.norm)) start -= 1;
    if (words.AR_NAME_LINKS.has(list[start]?.norm ?? "") && start > 1) start -= 1;
    const name = list.slice(start, end);
    if (name.some((token) => !token.norm.startsWith("ال")))
      return { entityId: null, name: name.map((t) => t.text).join(" "), isNew: true, kind: "PERSON" };
  }
  const phrase = list.map((token) => token.text).join(" ");
  const organisation = head.some((form) => words.AR_ORG_NOUNS.some((noun) => form.startsWith(noun)));
  return organisation && list.length > 1
    ? { entityId: null, name: phrase, isNew: true, kind: "ORGANIZATION" }
    : { entityId: null, name: phrase };
}

// ── Source cues and relays ────────────────────────────────────────────────────────────────────

function cueSource(
  tokens: Token[],
  mentions: Mention[],
  arabic: boolean,
  relay: Relay | null,
): { party: PartyGuess | null; phrase: string } | null {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word || token.quoted) continue;
    let from = -1;
    if (arabic) {
      const bare = token.norm.replace(/^[وف]/u, "");
      if (bare === "بحسب" || bare === "حسب" || bare === "وفق" || bare === "وفقا") from = at + 1;
      if (bare === "نقلا" && tokens[at + 1]?.norm === "عن") from = at + 2;
      if (from !== -1 && tokens[from]?.norm === "ما") from += 2; // "بحسب ما أفادت …"
    } else {
      if (token.norm === "according" && tokens[at + 1]?.norm === "to") from = at + 2;
      if (token.norm === "selon" || token.norm === "d'apres" || token.norm === "per") from = at + 1;
      if (token.norm === "cited" && tokens[at + 1]?.norm === "by") from = at + 2;
    }
    if (from === -1) continue;
    let end = from;
    while (end < tokens.length && !isComma(tokens[end]) && tokens[end]!.text !== "." && end - from < 14) end += 1;
    // "selon une estimation publiée mardi par l'Insee", "وفق بيان صادر عن لجنة…": the issuer speaks.
    const document = tokens
      .slice(from, end)
      .findIndex((t) => words.LATIN_DOCUMENTS.has(t.norm) || hasArabicStem(t.norm, words.AR_DOCUMENTS));
    if (document !== -1 && document <= 2) {
      const by = tokens.slice(from, end).findIndex((t) => /^(?:par|by|عن|من|from)$/u.test(t.norm));
      if (by !== -1) from = from + by + 1;
    }
    // "Selon son avocat, Me Nicolas Perrin, …": the apposition names him.
    const next = tokens.slice(end + 1).findIndex((t) => isComma(t));
    if (next !== -1 && personalName(tokens, end + 1, end + 1 + next))
      return nameFromPhrase(tokens, end + 1, end + 1 + next, mentions, relay, false);
    const found = nameFromPhrase(tokens, from, end, mentions, relay, false);
    if (found?.party && words.NOT_SPEAKERS.has(contentWords(found.party.name).join(" ")))
      return { party: null, phrase: "" };
    return found;
  }
  return null;
}

interface Relay {
  party: PartyGuess;
  surface: string;
  from: number;
  /** "وردت معلومات إلى المرصد": the relay is also the source when no one else is named. */
  source: boolean;
}

/** "told AFP", "لوكالة فرانس برس", "لمنصة سوريا الآن", "interrogés par l'AFP", "وردت معلومات إلى المرصد". */
function relayIn(tokens: Token[], mentions: Mention[]): Relay | null {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word || token.quoted) continue;
    let from = -1;
    let source = false;
    if (
      token.norm === "told" ||
      (token.norm === "par" &&
        /^(?:interroge|interroges|interrogee|interrogees|cite)$/u.test(tokens[at - 1]?.norm ?? ""))
    )
      from = at + 1;
    if (words.AR_OUTLET_NOUNS.some((noun) => token.norm === noun)) from = at + 1;
    if (/^(?:ل|)(?:وكاله|منصه)$/u.test(token.norm) && at > 0 && /^ل/u.test(token.norm)) from = at + 1;
    if (token.norm === "الي" && tokens[at - 1]?.norm === "معلومات") {
      from = at + 1;
      source = true;
    }
    if (from === -1) continue;
    const relayFrom = token.norm === "par" ? at - 1 : at;
    const mention = mentions.find((m) => m.from >= at && m.from - from <= 2);
    if (mention) {
      let start = Math.max(mention.from, from);
      while (start < mention.to && !tokens[start]!.word) start += 1;
      return { party: entityParty(mention), surface: text(tokens, start, mention.to), from: relayFrom, source };
    }
    // A name in quotes or capitals right after: "لمنصة "سوريا الآن"", "told Reuters".
    let start = from;
    if (isQuoteMark(tokens[start])) start += 1;
    let end = start;
    while (
      end < tokens.length &&
      tokens[end]!.word &&
      !/^(?:ان|بان|that|que)$/u.test(tokens[end]!.norm) &&
      end - start < 4
    )
      end += 1;
    if (end > start && (tokens[start]!.capital || /[\u0600-\u06FF]/u.test(tokens[start]!.text))) {
      const surface = text(tokens, start, end);
      return { party: { entityId: null, name: surface }, surface, from: relayFrom, source };
    }
  }
  return null;
}

// ── Memory: "the agency", "الشبكة", "La ministre", "Popescu" name someone already quoted ───────

function resolve(party: PartyGuess | null, at: number, memory: SpeakerMemory): PartyGuess | null {
  if (!party || party.entityId) return party;
  const content = contentWords(party.name);
  if (content.length !== 1) return party;
  for (let index = memory.named.length - 1; index >= 0; index--) {
    const entry = memory.named[index]!;
    if (entry.party.name !== party.name && content.every((word) => entry.words.has(word))) return entry.party;
  }
  return firstFullName(party, at) ?? party;
}

/**
 * Arabic reports name a body in full once, then by its head noun: "البنك" after "البنك المركزي المصري".
 * The first earlier occurrence of the noun followed by definite adjectives gives the full name (looked
 * for in a bounded window, so a long article stays linear).
 */
function firstFullName(party: PartyGuess, at: number): PartyGuess | null {
  const head = party.name.replace(/^[وف]/u, "");
  if (!/^ال[\u0600-\u06FF]{2,}$/u.test(head)) return null;
  const before = tokenize(articleText.slice(Math.max(0, at - 3000), at));
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

function entityParty(mention: Mention): PartyGuess {
  return { entityId: mention.entity.id, name: mention.entity.name };
}

let articleText = "";

/** The original words of tokens [from, to), quotation marks around a name dropped. */
function text(tokens: Token[], from: number, to: number): string {
  return articleText
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/["«»“”]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}
