/**
 * How a recorded change reads in the history: which fields a person cares about, under what
 * label, and how each value is shown. Labels and enumerated values come back as message keys
 * for the UI to translate; text stays as written. Anchor internals (offsets, context) and
 * bookkeeping are left out: the quote itself shows when the anchor moves.
 */
import { claimDetailFields } from "@/lib/domain/claims/claim-detail-fields";
import type { FieldChange } from "./field-changes";

export type DisplayValue =
  | { kind: "empty" }
  /** `ltr`: a figure or date, kept left to right inside a right-to-left line. */
  | { kind: "text"; text: string; ltr?: true }
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
  tags: "history.fields.tags",
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

/** A claim's structured fields as labelled values (claim-detail-fields.ts), empty ones left out. */
function detailsValue(value: unknown): DisplayValue {
  const fields = claimDetailFields(value);
  return fields.length ? { kind: "fields", fields } : EMPTY;
}
