/** Markdown export: the report as a readable document, every value escaped so nothing becomes markup. */
import type { Report } from "@/lib/domain/reports/report-model";

const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, "\\$1").replace(/\n+/g, " ");

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  const { article } = report;
  lines.push(`# ${escape(article.title)}`, "");
  lines.push(`- Report by: ${escape(report.team.name)}`, `- Generated: ${report.generatedAt}`);
  if (article.url) lines.push(`- Article: <${article.url}>`);
  lines.push(`- Revision ${article.revision.number}, SHA-256 \`${article.revision.sha256}\``, `- Claims: ${report.claims.length}`, "");
  for (const [index, claim] of report.claims.entries()) {
    lines.push(`## ${index + 1}. ${escape(claim.statement)}`, "");
    lines.push(`> ${escape(claim.anchor.exact)}`, "");
    lines.push(`- Type: ${claim.type}; status: ${claim.status}`);
    if (claim.claimant) lines.push(`- Claimant: ${escape(claim.claimant.name)}${claim.reportedVia ? ` (via ${escape(claim.reportedVia.name)})` : ""}`);
    if (claim.rating.verdict) lines.push(`- Verdict: **${escape(claim.rating.verdict.name)}**, confidence ${claim.rating.confidence ?? "not given"}`);
    if (claim.rating.rationale) lines.push(`- Rationale: ${escape(claim.rating.rationale)}`);
    const { independentConfirmations: yes, independentRefutations: no } = claim.corroboration;
    lines.push(`- Corroboration: ${claim.corroboration.status}; ${yes.length} independent confirmation(s)${yes.length ? ` (${yes.map(escape).join(", ")})` : ""}; ${no.length} independent refutation(s)${no.length ? ` (${no.map(escape).join(", ")})` : ""}`);
    for (const evidence of claim.evidence) {
      const hash = evidence.snapshot?.sha256 ? ` — snapshot \`${evidence.snapshot.sha256.slice(0, 16)}…\`` : "";
      lines.push(`  - ${evidence.stance}: ${escape(evidence.source.title)}${evidence.source.url ? ` <${evidence.source.url}>` : ""}${hash}`);
    }
    for (const correction of claim.corrections) lines.push(`- Correction (${correction.createdAt.slice(0, 10)}): ${escape(correction.note)}`);
    if (claim.review.reviewedBy) lines.push(`- Reviewed by ${escape(claim.review.reviewedBy)}${claim.review.publishedAt ? `, published ${claim.review.publishedAt.slice(0, 10)}` : ""}`);
    lines.push("");
  }
  lines.push("## Rating scale", "");
  for (const label of report.ratingScale) {
    lines.push(`- ${escape(label.name)}: ${label.claimReview.ratingValue !== undefined ? `${label.claimReview.ratingValue} of ${label.claimReview.bestRating}` : "name only"}`);
  }
  return `${lines.join("\n")}\n`;
}
