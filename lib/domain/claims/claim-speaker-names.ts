import { arabicBare } from "./claim-tokens";
import type { Mention } from "./claim-mentions";
import type { Token } from "./claim-tokens";
import * as words from "./claim-words";

/**
 * From the words that name a speaker to a party: an entity of the team when one is named, else a
 * person's name (titles aside), an organisation's name, or the phrase itself for unnamed sources.
 */
export interface PartyGuess {
  entityId: string | null;
  name: string;
  /** Named in the text but not (yet) an entity of the team: accepting can create it. */
  isNew?: boolean;
  kind?: "PERSON" | "ORGANIZATION";
}

/** Two to four capitalised words, titles aside: "Ahmed Karimi", "Marie-Amélie Lefèvre". */
export function personalName(tokens: Token[], from: number, to: number): [number, number] | null {
  let start = from;
  for (let at = from; at < to; at++) if (words.LATIN_TITLES.has(tokens[at]!.norm)) start = at + 1;
  const run = tokens.slice(start, to).filter((token) => token.word);
  if (run.length < 2 || run.length > 4 || !run.every((token) => token.capital)) return null;
  if (run.some((token) => words.LATIN_DETERMINERS.has(token.norm) || /'s$/u.test(token.norm))) return null;
  return [start, to];
}

// ── From a phrase to a party ──────────────────────────────────────────────────────────────────

export function nameFromPhrase(
  tokens: Token[],
  from: number,
  to: number,
  mentions: Mention[],
  relaySurface: string | null,
  actVerb: boolean,
): { party: PartyGuess | null; phrase: string } | null {
  while (from < to && !tokens[from]!.word) from += 1;
  while (to > from && !tokens[to - 1]!.word && !/[)]/u.test(tokens[to - 1]!.text)) to -= 1;
  if (to <= from) return null;
  const phrase = text(tokens, from, to);
  const first = arabicBare(tokens[from]!.norm, false).at(-1)!;
  const viaName = relaySurface ? ` (${relaySurface})` : "";
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
  // "le ministère russe de la Défense", "l'agence régionale de santé", "le parquet de Marseille": a French or
  // English institution written in lower case names itself with all its words, not its last capital.
  // "le syndicat SUD Santé", "the union UNITE": a capitalised name right after the noun is the name itself.
  if (
    INSTITUTION.test(tokens[bare]!.norm.replace(/^l'/u, "")) &&
    to - bare <= 7 &&
    !tokens[bare]!.capital &&
    !tokens[bare + 1]?.capital
  )
    return { party: { entityId: null, name: text(tokens, bare, to), isNew: true, kind: "ORGANIZATION" }, phrase };
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

const INSTITUTION =
  /^(?:ministere|agence|office|parquet|tribunal|conseil|commission|comite|syndicat|federation|autorite|prefecture|gouvernement|armee|ministry|agency|council|committee|federation|authority|government|army)$/u;

function lastWord(tokens: Token[], from: number, to: number): number {
  let at = to - 1;
  while (at > from && !tokens[at]!.word) at -= 1;
  return at;
}

/** "Rescuers from the White Helmets civil defence group", "Meteorologists at … INMET": the organisation. */
function memberOf(tokens: Token[], from: number, to: number): [number, number] | null {
  let link = -1;
  for (let at = from + 1; at < Math.min(to, from + 3); at++)
    if (words.LATIN_MEMBER_LINKS.has(tokens[at]!.norm)) link = at;
  if (link === -1 || !/s$/u.test(tokens[link - 1]!.norm)) return null;
  let start = link + 1;
  while (start < to && start < link + 8 && !tokens[start]!.capital) start += 1;
  if (start >= to || !tokens[start]!.capital) return null;
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
export function organisationRun(tokens: Token[], from: number, to: number, anywhere: boolean): [number, number] | null {
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
    if (start > 1 && third && !/^و?ال/u.test(third.norm) && !/^(?:في|من|باسم|لل)/u.test(third.norm)) start -= 1;
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

export function entityParty(mention: Mention): PartyGuess {
  return { entityId: mention.entity.id, name: mention.entity.name };
}

// The article whose tokens are being named: set once per suggestion run (single-threaded, synchronous).
let articleText = "";

export function setArticleText(source: string): void {
  articleText = source;
}

/** The article's text from `start` to `end`. */
export function articleSlice(start: number, end: number): string {
  return articleText.slice(Math.max(0, start), end);
}

/** The original words of tokens [from, to), quotation marks around a name dropped. */
export function text(tokens: Token[], from: number, to: number): string {
  return articleText
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/["«»“”]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}
