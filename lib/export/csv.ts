/**
 * CSV export: one row per claim, UTF-8 with a BOM so spreadsheets open Arabic correctly, and
 * every cell that a spreadsheet would read as a formula (starting, after any whitespace or line
 * break, with = + - @; or starting with a tab or CR)
 * neutralised with a leading apostrophe (OWASP's advice against CSV injection).
 */
import { claimDetailFields } from "@/lib/domain/claims/claim-detail-fields";
import { articleLookup, type Report, type ReportClaim, type ReportHeader } from "@/lib/domain/reports/report-model";

/** A formula starts after any leading whitespace or line breaks (spreadsheets skip them); a tab or CR start is refused too. */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/u;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? "" : typeof value === "string" ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(",");
}

/** The structured fields of a claim type, one column each (empty for other types), named as in the JSON. */
const DETAIL_COLUMNS = {
  "claims.fields.killed": "killed",
  "claims.fields.wounded": "wounded",
  "claims.fields.arrested": "arrested",
  "claims.fields.parties": "parties",
  "claims.fields.asOf": "as_of",
  "claims.fields.countedBy": "counted_by",
  "claims.fields.accuser": "accuser",
  "claims.fields.accused": "accused",
  "claims.fields.act": "act",
  "claims.fields.promiser": "promiser",
  "claims.fields.promisee": "promisee",
  "claims.fields.commitment": "commitment",
  "claims.fields.deadline": "deadline",
  "claims.fields.followUp": "follow_up",
} as const;

/** The claim's structured fields in DETAIL_COLUMNS order; a follow-up as its code (KEPT), like type and status. */
function detailCells(claim: ReportClaim): string[] {
  const byLabel = new Map(
    claimDetailFields(claim.details).map(({ label, value }) => [
      label,
      value.kind === "term" ? (value.key.split(".").at(-1) ?? "") : value.text,
    ]),
  );
  return Object.keys(DETAIL_COLUMNS).map((label) => byLabel.get(label) ?? "");
}

export const CSV_COLUMNS = [
  "claim_id",
  "article_title",
  "article_url",
  "quote",
  "statement",
  "type",
  "claimant",
  "reported_via",
  "claimed_at",
  "status",
  "verdict",
  "claimreview_rating",
  "confidence",
  "rationale",
  "corroboration",
  "independent_confirmations",
  "independent_refutations",
  "evidence_count",
  "reviewed_by",
  "published_at",
  "corrections",
  "retracted_at",
  "retraction_note",
  "repeats",
  "tags",
  ...Object.values(DETAIL_COLUMNS),
] as const;

/** The row maker for a report's claims: needs only the header, so rows can stream page by page. */
export function csvRowMaker(header: ReportHeader): (claim: ReportClaim) => string[] {
  const articleOf = articleLookup(header);
  return (claim) => {
    const mapping = claim.rating.verdict?.claimReview;
    const article = articleOf(claim);
    return [
      claim.id,
      article.title,
      article.url ?? "",
      claim.anchor.exact,
      claim.statement,
      claim.type,
      claim.claimant?.name ?? "",
      claim.reportedVia?.name ?? "",
      claim.claimedAt ?? "",
      claim.status,
      claim.rating.verdict?.name ?? "",
      mapping?.ratingValue !== undefined ? `${mapping.ratingValue}/${mapping.bestRating}` : "",
      claim.rating.confidence ?? "",
      claim.rating.rationale ?? "",
      claim.corroboration.status,
      claim.corroboration.independentConfirmations.join("; "),
      claim.corroboration.independentRefutations.join("; "),
      String(claim.evidence.length),
      claim.review.reviewedBy ?? "",
      claim.review.publishedAt ?? "",
      claim.corrections.map((correction) => correction.note).join(" | "),
      claim.retraction?.retractedAt ?? "",
      claim.retraction?.note ?? "",
      claim.corroboration.repeats.map((repeat) => `${repeat.origin} (${repeat.count})`).join("; "),
      claim.tags.join("; "),
      ...detailCells(claim),
    ];
  };
}

export function reportToCsvRows(report: Report): string[][] {
  return report.claims.map(csvRowMaker(report));
}

/** The byte-order mark and the column names: the start of every CSV report. */
export const CSV_HEAD = `\ufeff${csvRow(CSV_COLUMNS)}\r\n`;

export function csvLines(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join("");
}

export function renderCsv(report: Report): string {
  return CSV_HEAD + csvLines(reportToCsvRows(report));
}
