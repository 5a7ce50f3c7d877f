/** Markdown export: the report as a readable document in the reader's language, every value escaped so nothing becomes markup. */
import { claimsByArticle, reportNamer, type Report, type ReportArticle } from "@/lib/domain/reports/report-model";
import type { Locale } from "@/lib/i18n/locales";
import { claimDetailFields } from "@/lib/domain/claims/claim-detail-fields";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import { scopeLabel, scopeTitle } from "./html";
import { reportTranslator } from "./report-translator";

/**
 * Every ASCII punctuation character backslash-escaped (CommonMark allows it for all of them), so
 * no value can become emphasis, a link, a table cell, an entity or HTML; line breaks become spaces.
 */
const escape = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, "\\$&").replace(/[\r\n]+/g, " ");

export function renderMarkdown(report: Report, options: { locale?: Locale } = {}): string {
  const words = reportTranslator(options.locale);
  const { t, locale } = words;
  const lines: string[] = [];
  const term = (key: string) => (t.has(key as never) ? t(key as never) : key);
  const single = report.scope.kind === "article" && report.articles.length === 1 ? report.articles[0]! : null;
  lines.push(`# ${escape(scopeTitle(report, words))}`, "");
  lines.push(
    `- ${escape(t("reportDocument.by", { team: report.team.name }))}`,
    `- ${escape(t("reportDocument.generated", { date: report.generatedAt }))}`,
    `- ${escape(scopeLabel(report, words))}`,
  );
  if (single) lines.push(...articleLines(single));
  else lines.push(`- ${escape(t("reportDocument.articleCount", { count: report.articles.length }))}`);
  lines.push(`- ${escape(t("reportDocument.claimCount", { count: report.claims.length }))}`, "");
  const numbered = report.claims.map((claim, index) => ({ ...claim, number: index + 1 }));
  for (const group of claimsByArticle(report, numbered)) {
    if (!single) lines.push(`## ${escape(group.article.title)}`, "", ...articleLines(group.article), "");
    for (const claim of group.claims) {
      const name = reportNamer(claim, locale);
      lines.push(`${single ? "##" : "###"} ${claim.number}. ${escape(claim.statement)}`, "");
      lines.push(`> ${escape(claim.anchor.exact)}`, "");
      lines.push(
        `- ${escape(t("reportDocument.type"))}: ${escape(t(`claims.type.${claim.type}` as never))}; ${escape(t("reportDocument.status"))}: ${escape(t(`claims.status.${claim.status}` as never))}`,
      );
      if (claim.claimant)
        lines.push(
          `- ${escape(t("reportDocument.claimant", { name: name(claim.claimant.name) }))}${claim.reportedVia ? ` (${escape(t("reportDocument.via", { name: name(claim.reportedVia.name) }))})` : ""}`,
        );
      for (const { label, value } of claimDetailFields(claim.details))
        lines.push(`- ${escape(term(label))}: ${escape(value.kind === "term" ? term(value.key) : value.text)}`);
      if (claim.rating.verdict) {
        const confidence = claim.rating.confidence
          ? `, ${escape(t("reportDocument.confidence", { level: t(`rating.confidenceLevels.${claim.rating.confidence}`) }))}`
          : "";
        lines.push(
          `- ${escape(t("reportDocument.verdict"))}: **${escape(labelName(claim.rating.verdict, locale))}**${confidence}`,
        );
      }
      if (claim.rating.rationale)
        lines.push(`- ${escape(t("reportDocument.rationale"))}: ${escape(claim.rating.rationale)}`);
      const { independentConfirmations: yes, independentRefutations: no } = claim.corroboration;
      const names = (list: string[]) =>
        list.length ? ` (${list.map((origin) => escape(name(origin))).join(", ")})` : "";
      lines.push(
        `- ${escape(t("reportDocument.corroboration", { status: t(`corroboration.${claim.corroboration.status}` as never) }))}; ${escape(t("reportDocument.confirmations", { count: yes.length }))}${names(yes)}; ${escape(t("reportDocument.refutations", { count: no.length }))}${names(no)}`,
      );
      for (const repeat of claim.corroboration.repeats)
        lines.push(
          `  - ${escape(t(repeat.isClaimant ? "corroboration.repeatClaimant" : "corroboration.repeat", { count: repeat.count, name: name(repeat.origin) }))}`,
        );
      if (claim.corroboration.singleOrigin)
        lines.push(`  - ${escape(t("corroboration.singleOrigin", { name: name(claim.corroboration.singleOrigin) }))}`);
      for (const evidence of claim.evidence) {
        const hash = evidence.snapshot?.sha256
          ? ` — ${escape(t("reportDocument.snapshotShort"))} \`${evidence.snapshot.sha256.slice(0, 16)}…\``
          : "";
        lines.push(
          `  - ${escape(t(`evidence.stances.${evidence.stance}`))}: ${escape(evidence.source.title)}${evidence.source.url ? ` <${evidence.source.url}>` : ""}${hash}`,
        );
      }
      for (const correction of claim.corrections)
        lines.push(
          `- ${escape(t("reportDocument.correction", { date: correction.createdAt.slice(0, 10) }))}${correction.previousVerdict ? ` ${escape(t("reportDocument.previouslyRated", { verdict: correction.previousVerdict }))}` : ""} ${escape(correction.note)}`,
        );
      if (claim.tags.length) lines.push(`- ${escape(t("reportDocument.tags", { tags: claim.tags.join(", ") }))}`);
      if (claim.retraction)
        lines.push(
          `- **${escape(t("reportDocument.retracted", { date: claim.retraction.retractedAt.slice(0, 10) }))}** ${escape(claim.retraction.note)}`,
        );
      if (claim.review.reviewedBy) {
        const published = claim.review.publishedAt
          ? `, ${escape(t("reportDocument.publishedOn", { date: claim.review.publishedAt.slice(0, 10) }))}`
          : "";
        lines.push(
          `- ${escape(t("reportDocument.reviewedBy", { name: claim.review.reviewedBy, date: claim.review.reviewedAt?.slice(0, 10) ?? "" }))}${published}`,
        );
      }
      lines.push("");
    }
  }
  lines.push(`## ${escape(t("reportDocument.scaleTitle"))}`, "");
  for (const label of report.ratingScale) {
    const mapping =
      label.claimReview.ratingValue !== undefined
        ? t("reportDocument.ratingMapping", {
            value: label.claimReview.ratingValue,
            best: label.claimReview.bestRating ?? "",
            worst: label.claimReview.worstRating ?? "",
          })
        : t("reportDocument.nameOnly");
    lines.push(`- ${escape(labelName(label, locale))}: ${escape(mapping)}`);
  }
  return `${lines.join("\n")}\n`;

  function articleLines(article: ReportArticle): string[] {
    return [
      ...(article.url ? [`- ${escape(t("reportDocument.article"))}: <${article.url}>`] : []),
      `- ${escape(t("reportDocument.revision", { number: article.revision.number }))}, SHA-256 \`${article.revision.sha256}\``,
    ];
  }
}
