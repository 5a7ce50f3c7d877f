import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { arabicBare, type Token } from "./claim-tokens";

export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
}

/** An entity named by tokens [from, to) of a sentence. */
export interface Mention {
  entity: KnownEntity;
  from: number;
  to: number;
}

interface AliasWords {
  entity: KnownEntity;
  words: string[];
  /** An acronym ("WHO", "AP"): it names the entity only in capitals, not as "who" or "ap". */
  acronym: boolean;
}

/**
 * Entity names found in token lists, in any of their names and scripts, with Arabic's attached
 * و ف ب ل and article and Latin elisions (l'AFP) allowed on the first word. Aliases are indexed by
 * their first word, so a sentence costs one lookup per token.
 */
export class EntityIndex {
  private byFirstWord = new Map<string, AliasWords[]>();

  constructor(entities: KnownEntity[]) {
    for (const entity of entities) {
      for (const alias of new Set([entity.name, ...entity.aliases])) {
        const words = aliasWords(alias);
        if (words.join(" ").length < 3) continue;
        for (const key of firstWordKeys(words[0]!)) {
          const list = this.byFirstWord.get(key) ?? [];
          list.push({ entity, words, acronym: /^\p{Lu}{2,}$/u.test(alias.trim()) });
          this.byFirstWord.set(key, list);
        }
      }
    }
    // Longest first, so "المرصد السوري لحقوق الانسان" wins over "المرصد" at the same place.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  mentionsIn(tokens: Token[]): Mention[] {
    const found: Mention[] = [];
    if (this.byFirstWord.size === 0) return found;
    const words = tokens.map((token, index) => ({ token, index })).filter((entry) => entry.token.word);
    for (let at = 0; at < words.length; at++) {
      const first = words[at]!.token;
      if (first.norm.length < 2) continue;
      let best: AliasWords | null = null;
      for (const key of tokenKeys(first.norm)) {
        for (const candidate of this.byFirstWord.get(key) ?? []) {
          if (best && best.words.length >= candidate.words.length) break;
          if (candidate.acronym && !/^\p{Lu}{2,}/u.test(first.text.replace(/^[lLdD]['’]/u, ""))) continue;
          const fits = candidate.words.every(
            (word, offset) => offset === 0 || stripPossessive(words[at + offset]?.token.norm ?? "") === word,
          );
          if (fits) best = candidate;
        }
      }
      if (!best) continue;
      const last = words[at + best.words.length - 1]!;
      found.push({ entity: best.entity, from: words[at]!.index, to: last.index + 1 });
      at += best.words.length - 1;
    }
    return found;
  }
}

function aliasWords(alias: string): string[] {
  return normalizeForMatch(alias)
    .replace(/[^\p{L}\p{N}@'\s-]+/gu, " ")
    .split(" ")
    .filter(Boolean);
}

function firstWordKeys(word: string): string[] {
  const keys = [word];
  if (word.startsWith("ال") && word.length > 4) keys.push(word.slice(2));
  return keys;
}

function stripPossessive(norm: string): string {
  return norm.replace(/'s$/u, "");
}

function tokenKeys(norm: string): string[] {
  const keys = new Set<string>([stripPossessive(norm)]);
  const elided = /^(?:l|d|qu)'(.+)$/u.exec(norm);
  if (elided) keys.add(elided[1]!);
  if (/[\u0600-\u06FF]/u.test(norm)) for (const form of arabicBare(norm, true)) keys.add(form);
  return [...keys];
}
