/**
 * A claim's structured fields (casualty counts, accusation, promise) as labelled values, in the
 * order a reader expects them, empty ones left out. One list for the claim page, the history and
 * every report format: labels and enumerated values are message keys each renderer translates;
 * figures and dates are marked left to right so "12–15" does not read "15–12" in an Arabic line.
 */
import { CASUALTY_COUNTS, formatRange, type CountRange } from "./casualty-conflicts";

export type DetailValue = { kind: "text"; text: string; ltr?: true } | { kind: "term"; key: string };

export interface DetailField {
  /** Message key of the field's label (claims.fields.*). */
  label: string;
  value: DetailValue;
}

export function claimDetailFields(details: unknown): DetailField[] {
  const record = asRecord(details);
  const fields: DetailField[] = [];
  const text = (label: string, raw: unknown, ltr = false) => {
    if (typeof raw === "string" && raw.trim())
      fields.push({
        label: `claims.fields.${label}`,
        value: ltr ? { kind: "text", text: raw, ltr } : { kind: "text", text: raw },
      });
  };
  const casualty = record.casualty === undefined ? null : asRecord(record.casualty);
  if (casualty) {
    for (const count of CASUALTY_COUNTS) {
      const range = casualty[count] as CountRange | undefined;
      if (range && (range.min !== null || range.max !== null)) text(count, formatRange(range), true);
    }
    if (Array.isArray(casualty.parties) && casualty.parties.length) text("parties", casualty.parties.join(", "));
    text("countedBy", casualty.countedBy);
    text("asOf", casualty.asOf, true);
  }
  const accusation = record.accusation === undefined ? null : asRecord(record.accusation);
  if (accusation) for (const key of ["accuser", "accused", "act"]) text(key, accusation[key]);
  const promise = record.promise === undefined ? null : asRecord(record.promise);
  if (promise) {
    for (const key of ["promiser", "promisee", "commitment"]) text(key, promise[key]);
    text("deadline", promise.deadline, true);
    if (typeof promise.followUp === "string")
      fields.push({
        label: "claims.fields.followUp",
        value: { kind: "term", key: `claims.fields.followUps.${promise.followUp}` },
      });
  }
  return fields;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
