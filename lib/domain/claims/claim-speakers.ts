import type { Clause } from "./claim-clauses";
import type { Mention } from "./claim-mentions";
import { arabicBare, hasArabicStem, isComma, isQuoteMark, type Token } from "./claim-tokens";
import * as words from "./claim-words";
import {
  entityParty,
  nameFromPhrase,
  organisationRun,
  personalName,
  setArticleText,
  text,
  type PartyGuess,
} from "./claim-speaker-names";

import { cueSource, relayIn, type Relay } from "./claim-speaker-cues";
import { resolve, type SpeakerMemory } from "./claim-speaker-memory";

export type { PartyGuess } from "./claim-speaker-names";
export { remember, type SpeakerMemory } from "./claim-speaker-memory";

export interface Attribution {
  claimant: PartyGuess | null;
  reportedVia: PartyGuess | null;
  /** How the claimant was found: a speech verb, a source cue, or carried from the previous speaker. */
  how: "verb" | "cue" | "carried" | null;
  /** Words naming the claimant, for the prosecution rule of the type guess. */
  phrase: string;
}

const NONE: Attribution = { claimant: null, reportedVia: null, how: null, phrase: "" };

/**
 * Who makes the assertion of a clause, found as a journalist reads it: the subject of the speech verb
 * (after it in Arabic, before it in English and French, after it when the attribution follows a quote:
 * ", said X", "», a déclaré X"); the named person nearest the verb rather than the title or body before
 * the name; a source cue ("according to", "selon", "بحسب"); else, for a clause that goes on with
 * reported speech (a pronoun, "وأضاف", a participle), the previous speaker.
 */
export function attribute(clause: Clause, mentions: Mention[], memory: SpeakerMemory, quotedSentence: boolean) {
  setArticleText(memory.source);
  const tokens = clause.tokens;
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
  if (cited === "carried") return carried();
  if (cited) {
    const party = resolve(cited.party, tokens[0]!.start, memory);
    return { claimant: party, reportedVia: relay?.party ?? null, how: "cue" as const, phrase: cited.phrase };
  }
  if (relay?.source) return { claimant: relay.party, reportedVia: null, how: "cue" as const, phrase: "" };
  if (quotedSentence) return carried();
  return { ...NONE, reportedVia: relay?.party ?? null };
}

// ── The attribution verb ──────────────────────────────────────────────────────────────────────

/**
 * The first speech verb outside quotations and relative clauses; else the first accusation or promise verb.
 * Two exceptions: an Arabic clause opening on an accusation or promise verb (VSO: the clause-initial verb is
 * the main one, "اتهمت منظمة… باحتجاز موقوفين لفترات…") keeps it over a later speech verb; and a forecast
 * verb ("Le plan prévoit…", "The budget forecasts…") yields to a closing attribution (", a précisé X").
 */
function attributionVerb(tokens: Token[], arabic: boolean): number {
  let act = -1;
  let first = -1;
  let wordsSeen = 0;
  let actEarly = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word) continue;
    wordsSeen += 1;
    if (token.quoted) continue;
    const speech = arabic
      ? words.isArabicSpeechVerb(token.norm) || replied(tokens, index)
      : words.isLatinSpeechVerb(token.norm);
    const actVerb = !speech && (arabic ? words.isArabicActVerb(token.norm) : words.isLatinActVerb(token.norm));
    if ((!speech && !actVerb) || inRelative(tokens, index) || negated(tokens, index)) continue;
    if (speech) {
      if (arabic && act !== -1 && actEarly) return act;
      if (arabic || !FORECAST_VERB.test(token.norm)) return index;
      if (first === -1) first = index;
      continue;
    }
    const before = tokens[index - 1]?.norm ?? "";
    const passive =
      !arabic && (/^(?:est|is|was|were|been|ete|sont|etre|be)$/u.test(before) || words.NOUN_BEFORE.test(before));
    if (actVerb && !passive && act === -1) {
      act = index;
      actEarly = wordsSeen <= 3;
    }
  }
  if (first !== -1) {
    const closing = closingAttribution(tokens, first);
    return closing === -1 ? first : closing;
  }
  return act;
}

const FORECAST_VERB = /^(?:prevoit|prevoient|expects|forecast|forecasts|predicts|predicted|estime|estimated)$/u;

/** After a forecast verb, a speech verb set off by a comma that names its speaker: "…, a précisé le directeur". */
function closingAttribution(tokens: Token[], after: number): number {
  for (let index = after + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.word || token.quoted || !words.isLatinSpeechVerb(token.norm)) continue;
    let before = index - 1;
    while (before > after && /^(?:a|ont|has|have)$/u.test(tokens[before]!.norm)) before -= 1;
    if (isComma(tokens[before]) && incise(tokens, index + 1)) return index;
  }
  return -1;
}

/** "رد/ردت" is "replied" before a definite subject ("ورد الناطق…"), not in "ورد في التقرير" or "وردت معلومات". */
function replied(tokens: Token[], index: number): boolean {
  if (!/^[وف]?ردت?$/u.test(tokens[index]!.norm)) return false;
  const next = tokens[index + 1];
  return !!next?.word && /^ال/u.test(next.norm);
}

/** "has not said whether", "n'a pas dit", "لم يعلن": a verb denied is no attribution. */
function negated(tokens: Token[], index: number): boolean {
  const window = tokens.slice(Math.max(0, index - 3), index).map((token) => token.norm);
  return window.some((norm) => /^(?:not|never|pas|jamais|لم|لن|n't)$/u.test(norm));
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
  return nameFromPhrase(
    tokens,
    verb + 1,
    end,
    mentions,
    relay?.surface ?? null,
    words.isArabicActVerb(tokens[verb]!.norm),
  );
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
  const head = arabicBare(tokens[from]?.norm ?? "", true);
  // "مديرية" starts like the title "مدير": an organisation's head noun is not a title.
  const organisation = head.some((form) => words.AR_ORG_NOUNS.some((noun) => form.startsWith(noun)));
  const titled = !organisation && head.some((form) => words.AR_TITLES.some((t) => form.startsWith(t)));
  let previousDefinite = false;
  let nisba = false;
  let indefiniteRun = 0;
  let marked = false;
  let at = from;
  for (; at < tokens.length && at - from < 14; at++) {
    const token = tokens[at]!;
    if (relay && at === relay.from) break;
    if (!token.word) {
      if (isComma(token) || isQuoteMark(token) || token.text === ":" || token.text === "(" || token.text === ".") break;
      continue;
    }
    // "المتحدث باسم الجهاز أسامة علي إن…": علي before the complementiser is the name Ali, not the preposition على.
    const ali = titled && token.norm === "علي" && /^(?:ان|بان|انه|انها|،|,)$/u.test(tokens[at + 1]?.norm ?? "");
    if ((words.STOP_AFTER_AR_VERB.has(token.norm) && !ali) || /^\p{N}/u.test(token.norm)) break;
    // "بافتتاح"، "بارتكاب": a verbal noun with ب (افتعال، إفعال) is the act verb's complement, never a name.
    if (at > from && /^ب(?:ال|ت|است|م|ان|نحو|نسبه|حوالي|قيمه|ا\p{L}{2,3}ا)/u.test(token.norm)) break;
    if (token.norm === "في" && hasArabicStem(tokens[at + 1]?.norm ?? "", words.AR_DOCUMENTS)) break;
    if (token.norm === "من" && at - from >= 2) break;
    const definite = /^(?:[وفبل])?ال/u.test(token.norm);
    const preposition = /^(?:في|من|الي|علي|عن|ل|باسم)$/u.test(token.norm) || /^لل/u.test(token.norm);
    if (!titled && previousDefinite && !definite && !preposition && !words.AR_RANKS.has(tokens[at - 1]?.norm ?? ""))
      break;
    // Where an organisation's name ends and the verb's definite object begins ("أعلنت مديرية الأمن العام
    // الأردنية القبضَ…", "اتهمت منظمة العفو الدولية الطرفين…", "اتهمت منظمة هيومن رايتس ووتش الحكومة…"):
    // a name is its head, a genitive chain and agreeing adjectives, so after a nisba adjective (الدولية،
    // الأردنية) another definite noun, or "في" (a place or time: "في وقت سابق"), is past the name; a definite
    // word after a run of two or more indefinite words (a transliterated or compound name) starts the object;
    // and a definite word given a case vowel when the name's words carry none is the object the writer marked.
    if (!titled && at > from && nisba && ((definite && !preposition && !isNisba(token.norm)) || token.norm === "في"))
      break;
    if (organisation && at > from) {
      const vowelled = /[\u064B-\u0650]$/u.test(token.text);
      if (definite && !preposition && (indefiniteRun >= 2 || (vowelled && !marked))) break;
      if (!definite && !preposition) indefiniteRun += 1;
      else indefiniteRun = 0;
      if (/[\u064B-\u0652]/u.test(token.text)) marked = true;
    }
    if (at > from && isNisba(token.norm)) nisba = true;
    previousDefinite = definite;
  }
  return at;
}

/** A definite relative adjective: الدولية، الأردنية، العالمي، السودانية (not a plain noun in ـية like الهوية). */
function isNisba(norm: string): boolean {
  return /^(?:[وفبل])?ال\p{L}{3,}(?:يه|ي)$/u.test(norm) && !/^(?:[وفبل])?ال(?:هويه|وزي|قاضي|ماضي|محامي)$/u.test(norm);
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
  // English inverts after a quote (", said X") or in a closing tag (", said the agency."); French also in incises.
  const english = /(?:ed|^said|^says|^say|^told|^wrote)$/u.test(tokens[verb]!.norm);
  const incised = isComma(previous) && incise(tokens, verb + 1) && (!english || closesClause(tokens, verb + 1));
  const inverted = speech && (before < 0 || afterQuote || incised);
  if (inverted) {
    let from = verb + 1;
    while (from < tokens.length && tokens[from]!.word && words.LATIN_TIME_WORDS.has(tokens[from]!.norm)) from += 1;
    if (tokens[from]?.norm === "on" && words.LATIN_TIME_WORDS.has(tokens[from + 1]?.norm ?? "")) from += 2;
    let end = from;
    while (
      end < tokens.length &&
      !/^(?:that|que|qu'il|qu'elle|to|a|au|aux|in|on|sur|lors|during|after|apres|dans|devant)$/u.test(
        tokens[end]!.norm,
      ) &&
      tokens[end]!.text !== "."
    )
      end += 1;
    if (end === from) return before < 0 ? "carried" : null;
    return pickPart(tokens, from, end, mentions, relay, true);
  }
  if (before < 0) return "carried";
  // "The budget forecasts…", "Le plan prévoit…": a document states figures, its author speaks (carried).
  const subject = tokens.slice(0, before + 1).filter((token) => token.word);
  if (
    subject.length <= 2 &&
    words.LATIN_DOCUMENTS.has(subject.at(-1)!.norm) &&
    (subject.length === 1 || words.LATIN_DETERMINERS.has(subject[0]!.norm))
  )
    return "carried";
  return pickPart(tokens, 0, before + 1, mentions, relay, false);
}

/** ", said Dr. Ahmed Karimi." / ", a annoncé lundi la ministre…": after the verb comes a name, not a clause. */
function incise(tokens: Token[], from: number): boolean {
  let at = from;
  while (at < tokens.length && tokens[at]!.word && words.LATIN_TIME_WORDS.has(tokens[at]!.norm)) at += 1;
  const first = tokens[at];
  // "s'est félicité d'un « coup dur »", "a dénoncé des « interpellations »": a complement, not an inverted subject.
  const determiner = words.LATIN_DETERMINERS.has(first?.norm ?? "") || /^l'/u.test(first?.norm ?? "");
  if (!first?.word || !(first.capital || determiner || words.LATIN_TITLES.has(first.norm))) return false;
  for (; at < tokens.length && !isComma(tokens[at]) && tokens[at]!.text !== "."; at++) {
    if (isQuoteMark(tokens[at])) return false;
    if (
      /^(?:has|have|had|was|were|is|are|will|would|could|did|ont|avait|est|sont|sera|serait|that|que)$/u.test(
        tokens[at]!.norm,
      )
    )
      return false;
  }
  return true;
}

/** At most five words after the verb, then the end of the clause: "…, said the agency." */
function closesClause(tokens: Token[], from: number): boolean {
  let count = 0;
  for (let at = from; at < tokens.length; at++) {
    if (tokens[at]!.text === "." || isComma(tokens[at])) break;
    if (tokens[at]!.word) count += 1;
  }
  return count <= 5;
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
    const separator = isComma(tokens[at]) || /^(?:—|:)$/u.test(tokens[at]?.text ?? "") || tokens[at]?.text === "-";
    if (at === to || (separator && at < to - 1) || (separator && tokens[at]!.text !== "-")) {
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
  if (personal)
    return withRegion(nameFromPhrase(tokens, personal[0], personal[1], mentions, relay?.surface ?? null, false));
  // "Hearings are scheduled to begin on Sept. 2, a court spokesman said": when every part before the last is
  // a clause of its own (a finite verb inside), the reported content comes first and the last part speaks,
  // even as "a …" (which elsewhere opens an apposition).
  const lastPart = cleaned.at(-1);
  if (
    !after &&
    lastPart &&
    parts.length > 1 &&
    parts.slice(0, -1).every(([a, b]) => hasFiniteVerb(tokens, a, b)) &&
    !hasFiniteVerb(tokens, ...parts.at(-1)!) &&
    !words.RELATIVES.has(tokens[lastPart[0]]!.norm)
  )
    return withRegion(nameFromPhrase(tokens, lastPart[0], lastPart[1], mentions, relay?.surface ?? null, false));
  const usable = cleaned.filter(([a, b], index) => {
    const first = tokens[a]!;
    if (words.RELATIVES.has(first.norm) || first.quoted || FINITE.test(first.norm)) return false;
    // Appositions ("a spokeswoman for…") and participle phrases ("réunies en association") are not the subject.
    if (index > 0 && (/^(?:a|an|un|une)$/u.test(first.norm) || (!first.capital && NOT_A_SUBJECT.test(first.norm))))
      return false;
    return b - a <= 12;
  });
  const chosen = after ? usable[0] : usable.at(-1);
  if (chosen) return withRegion(nameFromPhrase(tokens, chosen[0], chosen[1], mentions, relay?.surface ?? null, false));
  // A long subject: the capitalised name right before the verb ("…95% the World Health Organization says").
  const last = cleaned.at(-1);
  if (!after && last) {
    const run = organisationRun(tokens, last[0], last[1], true);
    if (run) return withRegion(nameFromPhrase(tokens, run[0], run[1], mentions, relay?.surface ?? null, false));
  }
  return null;
}

const FINITE = /^(?:has|have|had|was|were|is|are|will|would|ont|avait|avaient|est|sont|sera|serait)$/u;

/** A part with an auxiliary after its first word ("Hearings are scheduled…") is a clause, not a subject. */
function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to; at++) if (tokens[at]!.word && FINITE.test(tokens[at]!.norm)) return true;
  return false;
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
  // "Malawi's electoral commission on Thursday declared…": the time adverbial after the subject is not its name.
  if (to - from > 2 && words.LATIN_TIME_WORDS.has(tokens[to - 1]!.norm)) {
    to -= 1;
    if (/^(?:on|last|this|le|ce)$/u.test(tokens[to - 1]!.norm)) to -= 1;
  }
  return [from, to];
}
