/**
 * From what a person types to what PostgreSQL matches. The query is folded exactly like the
 * stored text (normalizeForMatch, twin of the SQL claimdesk_normalize), split into words, and
 * each word becomes a prefix term, so "اومسي" finds "أومسين" and "negotiat" finds
 * "negotiations". Only letters and digits reach to_tsquery: nothing typed can break its syntax.
 */
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";

const MAX_TERMS = 8;

export interface SearchQuery {
  /** The folded query, for trigram similarity and for highlighting. */
  normalized: string;
  terms: string[];
  /** For to_tsquery('simple', …); null when nothing searchable was typed. */
  tsquery: string | null;
}

export function buildSearchQuery(input: string): SearchQuery {
  const normalized = normalizeForMatch(input.slice(0, 500));
  const terms = [...new Set(normalized.split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 0))].slice(0, MAX_TERMS);
  return { normalized, terms, tsquery: terms.length ? terms.map((term) => `${term}:*`).join(" & ") : null };
}
