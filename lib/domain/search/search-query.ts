/**
 * From what a person types to what PostgreSQL matches. The query is folded and stemmed exactly
 * like the stored words (normalizeForMatch + stemArabic, twins of the SQL claimdesk_normalize
 * and claimdesk_stem), so "تفاوض" finds "التفاوض" and "للتفاوض". Plain words become prefix
 * terms ("اومسي" finds "أومسين", "negotiat" finds "negotiations"); words in double quotes
 * (“…”, «…» too) must stand next to each other in that order (the `<->` phrase operator), each
 * as a whole word. Only letters and digits reach to_tsquery: nothing typed can break its syntax.
 */
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { stemArabic } from "@/lib/domain/text/arabic-stem";

const MAX_TERMS = 8;
const QUOTES = /["“”«»„]/u;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export interface SearchQuery {
  /** The folded query, for trigram similarity. */
  normalized: string;
  /** Every searched word, stemmed. */
  terms: string[];
  /** Words typed outside quotes: each matches the words it starts. */
  prefixes: string[];
  /** Words typed in quotes, in order, one list per phrase. */
  phrases: string[][];
  /** For to_tsquery('simple', …); null when nothing searchable was typed. */
  tsquery: string | null;
}

const wordsOf = (text: string) => text.split(WORD_SPLIT).filter((word) => word.length > 0);

/** A run of words as a tsquery operand: one word alone, several as a phrase. */
export function phraseTsquery(words: readonly string[]): string {
  return words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`;
}

export function buildSearchQuery(input: string): SearchQuery {
  const normalized = normalizeForMatch(input.slice(0, 500));
  // Even segments are outside quotes, odd ones inside; an unclosed quote runs to the end.
  const segments = stemArabic(normalized).split(QUOTES);
  let budget = MAX_TERMS;
  const take = (words: string[]) => {
    const kept = words.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  const phrases: string[][] = [];
  const plain: string[] = [];
  segments.forEach((segment, index) => {
    if (index % 2 === 1) {
      const words = take(wordsOf(segment));
      if (words.length) phrases.push(words);
    } else {
      plain.push(...take([...new Set(wordsOf(segment))].filter((word) => !plain.includes(word))));
    }
  });
  const operands = [...phrases.map(phraseTsquery), ...plain.map((term) => `${term}:*`)];
  return {
    normalized,
    terms: [...new Set([...phrases.flat(), ...plain])],
    prefixes: plain,
    phrases,
    tsquery: operands.length ? operands.join(" & ") : null,
  };
}

/** Most entities a query expands to, most aliases of each, most words in one alias. */
export const MAX_EXPANDED_ENTITIES = 5;
export const MAX_EXPANDED_ALIASES = 10;
const MAX_ALIAS_WORDS = 6;

/** A query names entities only when one of its words has this many letters ("a" names nobody). */
const MIN_NAMING_TERM = 3;

export function mayNameEntities(query: SearchQuery): boolean {
  return query.terms.some((term) => term.length >= MIN_NAMING_TERM);
}

export interface ExpandedQuery {
  /** The query's own match, or the text of any alias (each a phrase of whole stemmed words). */
  tsquery: string;
  /** The aliases as phrases of whole words, highlighted in a text the query's own words are not found in. */
  aliasPhrases: string[][];
}

/**
 * The query widened by the aliases (folded, as EntityAlias.normalized) of the entities it
 * names: text that mentions any of them, in any script, matches too ("Omsen" → أومسين).
 */
export function expandWithAliases(query: SearchQuery & { tsquery: string }, aliases: readonly string[]): ExpandedQuery {
  const phrases = aliases
    .map((alias) => wordsOf(stemArabic(alias)))
    .filter((words) => words.length > 0 && words.length <= MAX_ALIAS_WORDS && words.join("").length >= MIN_NAMING_TERM);
  const operands = [...new Set(phrases.map(phraseTsquery))];
  return {
    tsquery: operands.length ? [`(${query.tsquery})`, ...operands].join(" | ") : query.tsquery,
    aliasPhrases: [...new Map(phrases.map((words) => [words.join(" "), words])).values()],
  };
}
