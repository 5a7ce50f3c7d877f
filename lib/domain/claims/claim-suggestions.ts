import type { TClaimType } from "@/lib/schemas/claims";
import { splitSentences, type SentenceSpan } from "@/lib/domain/text/split-sentences";
import { splitClauses } from "./claim-clauses";
import { EntityIndex, type KnownEntity } from "./claim-mentions";
import { attribute, remember, type PartyGuess, type SpeakerMemory } from "./claim-speakers";
import {
  AUTHORITY,
  isArabicActVerb,
  isArabicSpeechParticiple,
  LATIN_SPEECH_PARTICIPLE,
  PROSECUTION,
  UNNAMED_SOURCES,
} from "./claim-words";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { isQuoteMark, tokenize, type Token } from "./claim-tokens";
import { checkWorthiness, signalsOf, typeOf } from "./claim-type-guess";

export type { KnownEntity } from "./claim-mentions";
export type { PartyGuess } from "./claim-speakers";

export interface ClaimSuggestion {
  start: number;
  end: number;
  quote: string;
  type: TClaimType;
  /** Who the checkable assertion is attributed to; `isNew` when named in the text but not an entity yet. */
  claimant: PartyGuess | null;
  /** The intermediary that relays it ("told AFP", "لمنصة سوريا الآن"). */
  reportedVia: PartyGuess | null;
  signals: string[];
  /** Check-worthiness: higher is more worth checking. */
  score: number;
  /** Opinion, background, a question or a bare narrated fact: hidden by "Hide less checkable". */
  lessCheckable: boolean;
}

/** Sentences that carry no assertion: hashtag lines, links, a tweet's signature line. */
const NOT_A_CLAIM = /^(?:[#@—–-]|pic\.twitter|https?:)/u;
/** "BEIRUT, Nov 12 (Reuters) - ", "MONTREAL/ADDIS ABABA, …": a wire dateline (one or more cities) is not part of the claim. */
const DATELINE = /^[\p{Lu}][\p{Lu} .'/-]{2,}(?:,[^()\n]{0,40})?\s*\([^)\n]{1,25}\)\s*[-—–]\s*/u;
const NO_COMMENT =
  /declined to comment|did not respond|could not be reached|n'a pas souhaite commenter|n'a pas repondu|لم يتسن|رفض التعليق/u;
/** An embedded post ends its text at its hashtags and link. */
const EMBED_TAIL = (token: Token) => token.text === "#" || /^(?:pic\.twitter|https?)/u.test(token.norm);
/** A share of a suggestion covered by a dismissed span or an existing claim that takes it off the list. */
const TAKEN_SHARE = 0.6;
/** At or below this check-worthiness a suggestion is "less checkable" (a bare narrated fact scores 1). */
export const LESS_CHECKABLE = 1;

/**
 * Proposes the checkable assertions of an article — sentences, or clauses of sentences that carry
 * several — each with a guessed type, claimant and intermediary and a check-worthiness score.
 * Heuristic by design: the fact-checker accepts, edits or dismisses. Linear in the article's length:
 * one tokenisation per sentence and constant work per token.
 */
export function suggestClaims(
  text: string,
  options: { entities: KnownEntity[]; dismissed?: { start: number; end: number }[] },
): ClaimSuggestion[] {
  const index = new EntityIndex(options.entities);
  const taken = [...(options.dismissed ?? [])].sort((a, b) => a.start - b.start);
  const memory: SpeakerMemory = { source: text, previous: null, named: [] };
  const suggestions: ClaimSuggestion[] = [];
  let paragraphFirst = 0;
  let lastEnd = 0;

  for (const sentence of splitSentences(text)) {
    const previousParagraphFirst = paragraphFirst;
    if (text.slice(lastEnd, sentence.start).includes("\n")) paragraphFirst = suggestions.length;
    lastEnd = sentence.end;
    if (NOT_A_CLAIM.test(sentence.text)) {
      // "— عين اليمن الأخبارية (@YenNews1) October 22, 2025" signs the post just above it.
      const signer = signerOf(sentence, index, text);
      if (signer) for (const suggestion of suggestions.slice(previousParagraphFirst)) suggestion.claimant ??= signer;
      continue;
    }
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    let tokens = tokenize(sentence.text, sentence.start).filter((token) => token.start >= sentence.start + dateline);
    const tail = tokens.findIndex(EMBED_TAIL);
    if (tail > 0) tokens = tokens.slice(0, tail);
    const quotedSentence = isQuoteMark(tokens[0]);
    const clauses = splitClauses(tokens);
    const arabic = /[\u0600-\u06FF]/u.test(sentence.text);
    let clausePrevious: PartyGuess | null = null;
    let previousType: TClaimType | null = null;
    let sentenceCue: ReturnType<typeof attribute> | null = null;
    clauses.forEach((clause, position) => {
      const wordCount = clause.tokens.filter((token) => token.word).length;
      const first = clause.tokens[0]!;
      const last = clause.tokens.at(-1)!;
      const start = first.start;
      const end = position === clauses.length - 1 && tail <= 0 ? sentence.end : last.end;
      // "، واتهم الجيش…" / "، متهمةً قوات…" / ", saying…": what follows the verb is its object; the subject carries.
      const lead = clause.tokens.find((t) => t.word);
      const actFirst =
        clause.continues &&
        !!lead &&
        ((arabic && clause.tokens.slice(0, 2).some((t) => isArabicActVerb(t.norm))) ||
          isArabicSpeechParticiple(lead.norm) ||
          LATIN_SPEECH_PARTICIPLE.has(lead.norm));
      const mentions = index.mentionsIn(clause.tokens);
      let attribution =
        clause.continues && (actFirst || position > 0)
          ? continued(
              attribute(clause, mentions, { ...memory, previous: clausePrevious }, false),
              clausePrevious,
              actFirst,
            )
          : attribute(clause, mentions, memory, quotedSentence && position === 0);
      // "وبحسب المنظمة…، نزح…، فيما لجأ…": a source cue opening the sentence covers its clauses that name no one.
      if (position === 0 && attribution.how === "cue") sentenceCue = attribution;
      if (position > 0 && !attribution.claimant && sentenceCue) attribution = sentenceCue;
      remember(memory, attribution);
      clausePrevious = attribution.claimant;
      if (
        wordCount < 3 ||
        /[?؟]$/u.test(sentence.text) ||
        NO_COMMENT.test(` ${clause.tokens.map((t) => t.norm).join(" ")} `)
      )
        return;

      const signals = signalsOf(clause.tokens);
      const type = typeOf(signals, {
        // "according to the minister" reports speech; "according to the agency" a fact it reports, unless
        // the fact is a forecast ("l'épisode devrait se prolonger, selon les prévisionnistes"): their judgement.
        speaks:
          !!attribution.claimant &&
          (attribution.how !== "cue" || attribution.claimant.kind === "PERSON" || signals.forecast),
        prosecution: PROSECUTION.test(attribution.phrase.toLowerCase()),
        authority: AUTHORITY.test(`${attribution.phrase} ${attribution.claimant?.name ?? ""}`.toLowerCase()),
        anonymous: !attribution.claimant?.entityId && isUnnamedSource(attribution.claimant?.name ?? ""),
        inherited: clause.sameVerb ? previousType : null,
      });
      previousType = type;
      const named = !!attribution.claimant && (!!attribution.claimant.entityId || !!attribution.claimant.isNew);
      // A named actor: an entity of the team, or a capitalised name past the sentence's first word.
      const actor =
        mentions.length > 0 ||
        clause.tokens.some((t) => t.capital && t.word && t.start > sentence.start + dateline && !t.quoted);
      const score = checkWorthiness(type, signals, named, wordCount, actor);
      if (isTaken(taken, start, end)) return;
      suggestions.push({
        start,
        end,
        quote: text.slice(start, end),
        type,
        claimant: attribution.claimant,
        reportedVia: attribution.reportedVia,
        signals: Object.entries(signals)
          .filter(([, present]) => present)
          .map(([name]) => name),
        score,
        lessCheckable: score <= LESS_CHECKABLE,
      });
    });
  }
  return suggestions;
}

/** A clause going on from the previous one: its own subject only when a speech verb names one. */
function continued(
  own: ReturnType<typeof attribute>,
  previous: PartyGuess | null,
  actFirst: boolean,
): ReturnType<typeof attribute> {
  if (!actFirst && own.how === "verb") return own;
  return { claimant: previous, reportedVia: own.reportedVia, how: previous ? "carried" : null, phrase: "" };
}

/** "مصادر دبلوماسية في جدة", "a judicial source", "senior officials": a source named by its kind only. */
function isUnnamedSource(name: string): boolean {
  return name
    .split(/\s+/u)
    .slice(0, 3)
    .some((word) => UNNAMED_SOURCES.has(normalizeForMatch(word)));
}

function isTaken(taken: { start: number; end: number }[], start: number, end: number): boolean {
  for (const span of taken) {
    if (span.start >= end) break;
    const overlap = Math.min(span.end, end) - Math.max(span.start, start);
    if (overlap >= TAKEN_SHARE * (end - start)) return true;
  }
  return false;
}

function signerOf(sentence: SentenceSpan, index: EntityIndex, text: string): PartyGuess | null {
  if (!/^[—–-]\s/u.test(sentence.text)) return null;
  const tokens = tokenize(sentence.text, sentence.start);
  const mention = index.mentionsIn(tokens)[0];
  if (mention) return { entityId: mention.entity.id, name: mention.entity.name };
  const name = /^[—–-]\s*([^(@\n]{2,60}?)\s*\(/u.exec(sentence.text)?.[1]?.trim();
  void text;
  return name ? { entityId: null, name, isNew: true, kind: "ORGANIZATION" } : null;
}
