/**
 * The print-ready HTML report, rendered from the report model only. The chrome (labels,
 * headings) is English and left-to-right; every piece of article or source text carries its
 * own language and direction, so Arabic quotes read right-to-left inside an LTR page. All
 * text is escaped: nothing in a claim or a source can become markup. Fonts come inline
 * (`fontCss`), so the file and the PDF made from it need nothing from the network.
 */
import type { Report, ReportClaim } from "@/lib/domain/reports/report-model";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}

const text = (value: string | null | undefined) => escapeHtml(value ?? "");
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");
/** Only http(s) links become links; anything else is shown as text. */
const link = (url: string | null, label?: string) => (url && /^https?:\/\//i.test(url) ? `<a href="${text(url)}">${text(label ?? url)}</a>` : text(label ?? url ?? ""));

const STYLES = `
  @page { size: A4; margin: 18mm 16mm; }
  * { box-sizing: border-box; }
  body { font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif; color: #0f172a; font-size: 10.5pt; line-height: 1.5; margin: 0; }
  [lang="ar"], [dir="rtl"] { font-family: "Noto Naskh Arabic", "Noto Sans", serif; line-height: 1.8; }
  header.report { border-bottom: 2px solid #0f172a; padding-bottom: 8pt; margin-bottom: 12pt; }
  h1 { font-size: 17pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 0 0 4pt; }
  .meta { color: #475569; font-size: 9pt; }
  .meta span + span::before { content: " · "; }
  article.claim { border: 1px solid #cbd5e1; border-radius: 4pt; padding: 8pt 10pt; margin: 0 0 10pt; break-inside: avoid; page-break-inside: avoid; }
  blockquote { margin: 4pt 0; padding: 4pt 8pt; background: #fef3c7; border-inline-start: 3pt solid #f59e0b; }
  .context { color: #64748b; }
  .verdict { display: inline-block; font-weight: 700; padding: 1pt 6pt; border-radius: 3pt; color: #fff; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; margin-top: 4pt; }
  th, td { text-align: start; border-top: 1px solid #e2e8f0; padding: 2pt 4pt; vertical-align: top; }
  .hash { font-family: monospace; font-size: 7.5pt; word-break: break-all; }
  .correction { border-inline-start: 3pt solid #a855f7; padding-inline-start: 6pt; margin-top: 4pt; }
  section.scale { break-before: page; page-break-before: always; }
  a { color: #1d4ed8; word-break: break-all; }
  @media screen { body { max-width: 190mm; margin: 12mm auto; } }
`;

function claimSection(claim: ReportClaim, index: number, report: Report): string {
  const { language, direction } = report.article;
  const scale = report.ratingScale.find((label) => label.key === claim.rating.verdict?.key);
  const quoteLang = `lang="${text(language)}" dir="${direction}"`;
  const evidenceRows = claim.evidence
    .map(
      (item) => `<tr><td>${item.stance}</td><td dir="auto">${link(item.source.url, item.source.title)}${item.source.outlet ? ` <span class="meta">(${text(item.source.outlet)})</span>` : ""}</td>
        <td>${text(item.source.origin ?? "—")}</td><td>${text(item.source.reliability ?? "—")}${item.credibility ?? ""}</td><td dir="auto">${text(item.passage ?? "")}</td>
        <td class="hash">${text(item.snapshot?.sha256 ?? "—")}</td></tr>`,
    )
    .join("");
  const corroboration = claim.corroboration;
  return `<article class="claim" id="claim-${text(claim.id)}">
    <h2>${index + 1}. <span ${quoteLang}>${text(claim.statement)}</span></h2>
    <blockquote ${quoteLang}><span class="context">…${text(claim.anchor.prefix.slice(-60))}</span><strong>${text(claim.anchor.exact)}</strong><span class="context">${text(claim.anchor.suffix.slice(0, 60))}…</span></blockquote>
    <p class="meta"><span>${text(claim.type)}</span><span>${text(claim.status)}</span>${claim.claimant ? `<span dir="auto">Claimant: ${text(claim.claimant.name)}</span>` : ""}${claim.reportedVia ? `<span dir="auto">via ${text(claim.reportedVia.name)}</span>` : ""}${claim.claimedAt ? `<span>Claimed ${date(claim.claimedAt)}</span>` : ""}</p>
    <p>${claim.rating.verdict ? `<span class="verdict" style="background:${text(scale?.color ?? "#475569")}">${text(claim.rating.verdict.name)}</span>` : "No verdict"}
      ${claim.rating.confidence ? ` — confidence: ${claim.rating.confidence}` : ""}</p>
    ${claim.rating.rationale ? `<p dir="auto">${text(claim.rating.rationale)}</p>` : ""}
    <p class="meta"><span>Corroboration: ${corroboration.status}</span><span>${corroboration.independentConfirmations.length} independent confirmation(s)${corroboration.independentConfirmations.length ? `: ${corroboration.independentConfirmations.map(text).join(", ")}` : ""}</span><span>${corroboration.independentRefutations.length} independent refutation(s)${corroboration.independentRefutations.length ? `: ${corroboration.independentRefutations.map(text).join(", ")}` : ""}</span></p>
    ${claim.evidence.length ? `<table><thead><tr><th>Stance</th><th>Source</th><th>Origin</th><th>Grade</th><th>Passage</th><th>Snapshot SHA-256</th></tr></thead><tbody>${evidenceRows}</tbody></table>` : ""}
    ${claim.corrections.map((correction) => `<p class="correction"><strong>Correction ${date(correction.createdAt)}:</strong> <span dir="auto">${text(correction.note)}</span></p>`).join("")}
    <p class="meta">${claim.rating.ratedBy ? `<span>Rated by ${text(claim.rating.ratedBy)}</span>` : ""}${claim.review.reviewedBy ? `<span>Reviewed by ${text(claim.review.reviewedBy)} ${date(claim.review.reviewedAt)}</span>` : ""}${claim.review.publishedAt ? `<span>Published ${date(claim.review.publishedAt)}</span>` : ""}</p>
  </article>`;
}

export function renderHtml(report: Report, options: { fontCss?: string; integrity?: { sha256: string; signer: string } } = {}): string {
  const { article } = report;
  const scaleRows = report.ratingScale
    .map((label) => `<tr><td><span class="verdict" style="background:${text(label.color)}">${text(label.name)}</span></td><td lang="ar" dir="rtl">${text(label.nameAr ?? "")}</td><td>${label.claimReview.ratingValue !== undefined ? `${label.claimReview.ratingValue} (best ${label.claimReview.bestRating}, worst ${label.claimReview.worstRating})` : "alternateName only"}</td></tr>`)
    .join("");
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>${text(article.title)} — claim report</title>
<style>${options.fontCss ?? ""}${STYLES}</style>
</head>
<body>
<header class="report">
  <p class="meta"><span>Claim report by ${text(report.team.name)}</span><span>Generated ${text(report.generatedAt)}</span><span>${text(report.scope.description)}</span></p>
  <h1 lang="${text(article.language)}" dir="${article.direction}">${text(article.title)}</h1>
  <p class="meta">${[article.publisher ? `<span dir="auto">${text(article.publisher)}</span>` : "", article.publishedAt ? `<span>${date(article.publishedAt)}</span>` : "", article.url ? `<span>${link(article.url)}</span>` : ""].join("")}</p>
  <p class="meta"><span>Revision ${article.revision.number}</span><span class="hash">SHA-256 ${text(article.revision.sha256)}</span><span>${report.claims.length} claim(s)</span></p>
  ${options.integrity ? `<p class="meta"><span>Signed by ${text(options.integrity.signer)}</span><span class="hash">report SHA-256 ${text(options.integrity.sha256)}</span></p>` : ""}
</header>
<main>
${report.claims.map((claim, index) => claimSection(claim, index, report)).join("\n")}
</main>
<section class="scale">
  <h2>Rating scale and its ClaimReview mapping</h2>
  <table><thead><tr><th>Verdict</th><th>Arabic</th><th>ClaimReview ratingValue</th></tr></thead><tbody>${scaleRows}</tbody></table>
</section>
</body>
</html>
`;
}
