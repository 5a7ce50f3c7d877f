import type { Mention } from "./claim-mentions";
import { contentWords } from "./claim-speaker-memory";
import { entityParty, nameFromPhrase, personalName, text, type PartyGuess } from "./claim-speaker-names";
import { hasArabicStem, isComma, isQuoteMark, type Token } from "./claim-tokens";
import * as words from "./claim-words";

/**
 * Who a clause cites without a speech verb ("according to", "selon", "بحسب", "وفق بيان صادر عن…") and the
 * outlet it was told to ("told AFP", "لمنصة سوريا الآن", "interrogés par l'AFP"). Split from claim-speakers.ts,
 * which reads the speech verb and its subject.
 */

// ── Source cues and relays ────────────────────────────────────────────────────────────────────

export function cueSource(
  tokens: Token[],
  mentions: Mention[],
  arabic: boolean,
  relay: Relay | null,
): { party: PartyGuess | null; phrase: string } | "carried" | null {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (!token.word || token.quoted) continue;
    let from = -1;
    if (arabic) {
      // "وفق" starts with و itself: the word is tried with and without a conjunction.
      const forms = [token.norm, token.norm.replace(/^[وف]/u, "")];
      if (forms.some((bare) => /^(?:بحسب|حسب|وفق|وفقا)$/u.test(bare))) from = at + 1;
      if (forms.includes("نقلا") && tokens[at + 1]?.norm === "عن") from = at + 2;
      // "بحسب ما أفادت …" names who reported; "وفق ما ينص عليه القانون" (as the law provides) names no one.
      if (from !== -1 && tokens[from]?.norm === "ما")
        from = words.isArabicSpeechVerb(tokens[from + 1]?.norm ?? "") ? from + 2 : -1;
    } else {
      if (token.norm === "according" && tokens[at + 1]?.norm === "to") from = at + 2;
      if (token.norm === "selon" || token.norm === "d'apres" || token.norm === "per") from = at + 1;
      if (token.norm === "cited" && tokens[at + 1]?.norm === "by") from = at + 2;
    }
    if (from === -1) continue;
    // "Selon lui, …", "according to her": the pronoun stands for the previous speaker.
    if (/^(?:lui|elle|eux|elles|him|her|them)$/u.test(tokens[from]?.norm ?? "")) return "carried";
    // "Valtera emploie 9 400 personnes…, selon son dernier rapport annuel": the owner of the document is the
    // sentence's subject, a name at its start.
    if (
      !arabic &&
      /^(?:son|sa|ses|leur|leurs|its|their)$/u.test(tokens[from]?.norm ?? "") &&
      tokens.slice(from + 1, from + 4).some((t) => words.LATIN_DOCUMENTS.has(t.norm) || /^rapport|report/u.test(t.norm))
    ) {
      let end = 0;
      while (end < tokens.length && end < 6 && tokens[end]!.word && tokens[end]!.capital) end += 1;
      if (end > 0 && words.LATIN_DETERMINERS.has(tokens[0]!.norm)) return "carried";
      return end > 0 ? nameFromPhrase(tokens, 0, end, mentions, relay?.surface ?? null, false) : "carried";
    }
    let end = from;
    // "وفق ما أعلنه الهلال الأحمر الليبي مساء الثلاثاء": the time adverbial is not part of the name.
    while (
      end < tokens.length &&
      !isComma(tokens[end]) &&
      tokens[end]!.text !== "." &&
      end - from < 14 &&
      !(arabic && end > from && AR_TIME_WORD.test(tokens[end]!.norm))
    )
      end += 1;
    // "selon une estimation publiée mardi par l'Insee", "وفق بيان صادر عن لجنة…": the issuer speaks.
    let lam = false;
    const document = tokens
      .slice(from, end)
      .findIndex((t) => words.LATIN_DOCUMENTS.has(t.norm) || hasArabicStem(t.norm, words.AR_DOCUMENTS));
    if (document !== -1 && document <= 2) {
      const by = tokens.slice(from, end).findIndex((t) => /^(?:par|by|عن|من|from)$/u.test(t.norm));
      if (by !== -1) from = from + by + 1;
      // "بحسب تقرير لمنظمة الشفافية الدولية": the issuer follows with ل attached.
      else if (/^ل(?!ل)\p{L}{3,}/u.test(tokens[from + document + 1]?.norm ?? "")) {
        from = from + document + 1;
        lam = true;
      }
      // "بحسب أرقام إدارة مكافحة المخدرات", "بحسب تقديرات الأمم المتحدة": the genitive after the figures issues them.
      else if (arabic && tokens[from + document + 1]?.word) from = from + document + 1;
    }
    // "Selon son avocat, Me Nicolas Perrin, …": the apposition names him.
    const next = tokens.slice(end + 1, end + 12).findIndex((t) => isComma(t));
    if (next !== -1 && personalName(tokens, end + 1, end + 1 + next))
      return nameFromPhrase(tokens, end + 1, end + 1 + next, mentions, relay?.surface ?? null, false);
    const found = nameFromPhrase(tokens, from, end, mentions, relay?.surface ?? null, false);
    if (lam && found?.party && !found.party.entityId) found.party = { ...found.party, name: found.party.name.slice(1) };
    if (found?.party && words.NOT_SPEAKERS.has(contentWords(found.party.name).join(" ")))
      return { party: null, phrase: "" };
    return found;
  }
  return null;
}

const AR_TIME_WORD = /^(?:مساء|صباح|اليوم|امس|الليله|ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))$/u;

export interface Relay {
  party: PartyGuess;
  surface: string;
  from: number;
  /** "وردت معلومات إلى المرصد": the relay is also the source when no one else is named. */
  source: boolean;
}

/** "told AFP", "لوكالة فرانس برس", "لمنصة سوريا الآن", "interrogés par l'AFP", "وردت معلومات إلى المرصد". */
export function relayIn(tokens: Token[], mentions: Mention[]): Relay | null {
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
