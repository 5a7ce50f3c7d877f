/**
 * How a recorded change reads in the history: which fields a person cares about, under what
 * label, and how each value is shown. Labels and enumerated values come back as message keys
 * for the UI to translate; text stays as written. Anchor internals (offsets, context) and
 * bookkeeping are left out: the quote itself shows when the anchor moves.
 */
import { CASUALTY_COUNTS, formatRange, type CountRange } from "@/lib/domain/claims/casualty-conflicts";
import type { FieldChange } from "./field-changes";

export type DisplayValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** A message key: an enumerated value the UI translates (a claim type, a status…). */
  | { kind: "term"; key: string }
  /** Structured claim fields: each a label key and its value (text, or a term key). */
  | { kind: "fields"; fields: { label: string; value: DisplayValue }[] };

export interface DisplayChange {
  /** Message key of the field's label. */
  label: string;
  from: DisplayValue;
  to: DisplayValue;
}

const LABELS: Record<string, string> = {
  statement: "history.fields.statement",
  type: "history.fields.type",
  details: "history.fields.details",
  claimant: "history.fields.claimant",
  reportedVia: "history.fields.reportedVia",
  claimedAt: "history.fields.claimedAt",
  assignee: "history.fields.assignee",
  exact: "history.fields.exact",
  status: "history.fields.status",
  verdict: "history.fields.verdict",
  confidence: "history.fields.confidence",
  rationale: "history.fields.rationale",
  ratedBy: "history.fields.ratedBy",
  sameAs: "history.fields.sameAs",
  stance: "history.fields.stance",
  passage: "history.fields.passage",
  credibility: "history.fields.credibility",
  note: "history.fields.note",
};

/** Fields whose values are enumerations, and where their names live in the messages. */
const TERMS: Record<string, string> = {
  type: "claims.type",
  status: "claims.status",
  confidence: "rating.confidenceLevels",
  stance: "evidence.stances",
};

const EMPTY: DisplayValue = { kind: "empty" };

/** The change as the history shows it, or null for a field nobody needs to see (or one that reads the same before and after). */
export function displayChange(change: FieldChange): DisplayChange | null {
  const label = LABELS[change.field];
  if (!label) return null;
  const from = displayValueOf(change.field, change.from);
  const to = displayValueOf(change.field, change.to);
  return JSON.stringify(from) === JSON.stringify(to) ? null : { label, from, to };
}

function displayValueOf(field: string, value: unknown): DisplayValue {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (field === "details") return detailsValue(value);
  const terms = TERMS[field];
  if (terms && typeof value === "string") return { kind: "term", key: `${terms}.${value}` };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return { kind: "text", text: String(value) };
  return { kind: "text", text: JSON.stringify(value) };
}

/** A claim's structured fields (casualty counts, accusation, promise) as labelled values, empty ones left out. */
function detailsValue(value: unknown): DisplayValue {
  const details = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const fields: { label: string; value: DisplayValue }[] = [];
  const text = (label: string, raw: unknown) => {
    if (typeof raw === "string" && raw.trim())
      fields.push({ label: `claims.fields.${label}`, value: { kind: "text", text: raw } });
  };
  const casualty = details.casualty as Record<string, unknown> | undefined;
  if (casualty) {
    for (const count of CASUALTY_COUNTS) {
      const range = casualty[count] as CountRange | undefined;
      if (range && (range.min !== null || range.max !== null))
        fields.push({ label: `claims.fields.${count}`, value: { kind: "text", text: formatRange(range) } });
    }
    if (Array.isArray(casualty.parties) && casualty.parties.length) text("parties", casualty.parties.join(", "));
    text("countedBy", casualty.countedBy);
    text("asOf", casualty.asOf);
  }
  const accusation = details.accusation as Record<string, unknown> | undefined;
  if (accusation) for (const key of ["accuser", "accused", "act"]) text(key, accusation[key]);
  const promise = details.promise as Record<string, unknown> | undefined;
  if (promise) {
    for (const key of ["promiser", "promisee", "commitment", "deadline"]) text(key, promise[key]);
    if (typeof promise.followUp === "string")
      fields.push({
        label: "claims.fields.followUp",
        value: { kind: "term", key: `claims.fields.followUps.${promise.followUp}` },
      });
  }
  return fields.length ? { kind: "fields", fields } : EMPTY;
}
