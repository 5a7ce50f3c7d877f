import { isComma, type Token } from "./claim-tokens";
import * as words from "./claim-words";

/**
 * A clause of a sentence that carries its own checkable assertion. `continues` says the clause
 * goes on with the previous clause's speaker ("، مؤكداً أن…", ", and that…", "et que…", "، وهو…"):
 * no subject of its own, so the speaker carries over.
 */
export interface Clause {
  tokens: Token[];
  continues: boolean;
  /** The opener was a complement of the same verb ("وأن", "and that", "et que"): it shares the verb's type. */
  sameVerb: boolean;
}

const MIN_WORDS = 3;

/**
 * Splits a sentence where a new assertion starts. Only outside quotations, and only at openers
 * that begin a clause in news prose of the three languages:
 * - contrast and simultaneity after a comma: فيما، بينما، في حين، while, whereas, tandis que, alors que;
 * - apposition adding a fact: "، وهو/وهي…", "، والمصنف…" (و + definite participle);
 * - reported speech going on: a speech participle (مؤكداً، مضيفاً، زاعماً، saying, adding, promettant…),
 *   a second complement (وأن، بأن، and that, et que), and + a speech, accusation or promise verb or an
 *   auxiliary (", and said…", "and would…", "et accuse…"), who/qui + such a verb, comparison (مثلما، كما قال);
 * - an aside: "، يذكر أن", "، علماً أن"; a semicolon.
 * Each split needs at least three words on both sides, so lists and short asides stay whole.
 */
export function splitClauses(tokens: Token[]): Clause[] {
  const cuts: { at: number; continues: boolean; sameVerb: boolean }[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.quoted) continue;
    if (!token.word && (token.text === ";" || token.text === "؛")) {
      cuts.push({ at: index + 1, continues: false, sameVerb: false });
      continue;
    }
    const afterComma = isComma(tokens[index - 1]);
    if (!token.word) continue;
    const opener = openerAt(tokens, index, afterComma);
    if (opener) cuts.push({ at: index, ...opener });
  }

  // Words before each token, so the three-word rule costs nothing per cut (a sentence may have thousands).
  const wordsBefore = new Array<number>(tokens.length + 1);
  wordsBefore[0] = 0;
  tokens.forEach((token, index) => (wordsBefore[index + 1] = wordsBefore[index]! + (token.word ? 1 : 0)));
  const wordCount = (from: number, to: number) => wordsBefore[to]! - wordsBefore[from]!;
  const clauses: Clause[] = [];
  let from = 0;
  let pending = { continues: false, sameVerb: false };
  for (const cut of cuts) {
    if (wordCount(from, cut.at) < MIN_WORDS || wordCount(cut.at, tokens.length) < MIN_WORDS) continue;
    clauses.push({ tokens: trimPunctuation(tokens.slice(from, cut.at)), ...pending });
    from = cut.at;
    pending = { continues: cut.continues, sameVerb: cut.sameVerb };
  }
  clauses.push({ tokens: trimPunctuation(tokens.slice(from)), ...pending });
  return clauses.filter((clause) => clause.tokens.length > 0);
}

function openerAt(
  tokens: Token[],
  index: number,
  afterComma: boolean,
): { continues: boolean; sameVerb: boolean } | null {
  const word = tokens[index]!.norm;
  const next = tokens[index + 1];
  const nextWord = next?.word ? next.norm : "";
  // Arabic openers come after the Arabic or Latin comma.
  if (afterComma) {
    if (words.AR_CONTRAST.has(word)) return { continues: false, sameVerb: false };
    if (word === "في" && nextWord === "حين") return { continues: false, sameVerb: false };
    if (words.AR_APPOSITION.has(word)) return { continues: true, sameVerb: false };
    if (words.AR_ASIDE.has(word) && (nextWord === "ان" || nextWord === "بان"))
      return { continues: false, sameVerb: false };
    if (words.AR_SECOND_COMPLEMENT.has(word)) return { continues: true, sameVerb: true };
    if (words.AR_COMPARISON.has(word)) return { continues: true, sameVerb: false };
    if (words.isArabicSpeechParticiple(word)) return { continues: true, sameVerb: false };
    if (/^و/u.test(word) && words.isArabicReportingVerb(word.slice(1))) return { continues: true, sameVerb: false };
    if (/^وال?م\p{L}{3,}/u.test(word) && word.startsWith("والم")) return { continues: true, sameVerb: false };
    if (word === "كما" && words.isArabicReportingVerb(nextWord)) return { continues: false, sameVerb: false };
    if (words.LATIN_CONTRAST.has(word)) return { continues: false, sameVerb: false };
    if ((word === "alors" || word === "tandis") && nextWord === "que") return { continues: false, sameVerb: false };
    if (words.LATIN_SPEECH_PARTICIPLE.has(word)) return { continues: true, sameVerb: false };
  }
  if (word === "and" || word === "et") {
    if (nextWord === "that" || nextWord === "que" || nextWord === "qu'il" || nextWord === "qu'elle")
      return { continues: true, sameVerb: true };
    // ", and referred the case to…", ", and sentenced him to…": a second predicate of the same subject after a
    // comma asserts a second fact (a past-tense verb, not an adjective list: "hungry, and tired" has no object).
    if (afterComma && word === "and" && /^\p{L}{3,}ed$/u.test(nextWord) && tokens[index + 2]?.word)
      return { continues: true, sameVerb: false };
    if (words.LATIN_AUXILIARY_AFTER_AND.has(nextWord)) return { continues: true, sameVerb: false };
    if (words.isLatinReportingVerb(nextWord)) return { continues: true, sameVerb: false };
  }
  if ((word === "who" || word === "qui") && afterComma && words.isLatinReportingVerb(nextWord))
    return { continues: true, sameVerb: false };
  return null;
}

/** Without the commas and spaces that joined it to its neighbours (a closing quote or full stop stays). */
function trimPunctuation(tokens: Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && isComma(tokens[from])) from += 1;
  while (to > from && (isComma(tokens[to - 1]) || tokens[to - 1]!.text === ";" || tokens[to - 1]!.text === "؛"))
    to -= 1;
  return tokens.slice(from, to);
}
