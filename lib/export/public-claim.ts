/**
 * A published claim on its own: its public page (the report's claim section, with oEmbed discovery
 * and its ClaimReview) and its embed card (a compact card for other sites' iframes). Rendered from
 * the report model's claim, which for a published claim is its latest published version, so both
 * show exactly what the public report shows. Strings, like the report (html.ts): route handlers
 * run as React Server Components, where react-dom/server is not available. All text is escaped.
 */
import { labelName } from "@/lib/domain/ratings/rating-scale";
import { verdictTextColor } from "@/lib/domain/ratings/verdict-text-color";
import { reportNamer, type ReportArticle, type ReportClaim } from "@/lib/domain/reports/report-model";
import type { Locale } from "@/lib/i18n/locales";
import { claimSection, date, escapeHtml, isolate, jsonForScript, ltr, ownLanguage, REPORT_STYLES } from "./html";
import { reportTranslator } from "./report-translator";

/**
 * Markup and styles of the claim page and the embed card, part of their ETags (as REPORT_LAYOUT
 * is of the report's): bump it whenever either changes.
 */
export const PUBLIC_CLAIM_LAYOUT = 1;

export interface PublicClaimView {
  /** As the public report shows it: the latest published version, internal notes left out. */
  claim: ReportClaim;
  article: Pick<ReportArticle, "title" | "language" | "direction" | "url" | "publishedAt">;
  team: { name: string };
  urls: {
    /** The claim page's stable address (under the article's oldest live link), absolute. */
    canonical: string;
    /** The article's public report, under the link the visitor came by. */
    report: string;
    /** This page's oEmbed answer, absolute (discovery). */
    oEmbed: string;
  };
}

const text = (value: string | null | undefined) => escapeHtml(value ?? "");

/** The claim's verdict badge as published, in the reader's language. */
function verdictBadge(claim: ReportClaim, locale: Locale, noVerdict: string): string {
  const verdict = claim.rating.verdict;
  if (!verdict) return `<span class="verdict none">${text(noVerdict)}</span>`;
  return `<span class="verdict" style="background:${text(verdict.color)};color:${verdictTextColor(verdict.color)}">${text(labelName(verdict, locale))}</span>`;
}

/** The public page of one claim: the report's section for it, the way back to the report, discovery and JSON-LD. */
export function renderPublicClaimPage(
  view: PublicClaimView,
  options: { fontCss: string; locale: Locale; jsonLd?: unknown },
): string {
  const words = reportTranslator(options.locale);
  const { t, locale, direction } = words;
  const { claim, article, team, urls } = view;
  const title = t("publicClaim.documentTitle", { statement: claim.statement.slice(0, 120), team: team.name });
  return `<!doctype html>
<html lang="${locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<link rel="canonical" href="${text(urls.canonical)}">
<link rel="alternate" type="application/json+oembed" href="${text(urls.oEmbed)}" title="${text(claim.statement.slice(0, 120))}">
<style>${options.fontCss}${REPORT_STYLES}</style>
${options.jsonLd === undefined ? "" : `<script type="application/ld+json">${jsonForScript(options.jsonLd)}</script>`}
</head>
<body>
<header class="report">
  <p class="meta"><span>${isolate((v) => t("publicClaim.factCheckBy", v), { team: team.name })}</span></p>
  <p class="meta"><a href="${text(urls.report)}">${text(t("publicClaim.allClaims"))}</a>: <span lang="${text(article.language)}" dir="${article.direction}">${text(article.title)}</span></p>
</header>
<main>
${claimSection(claim, null, { article }, words)}
</main>
</body>
</html>
`;
}

const CARD_STYLES = `
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; }
  body { font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif; color: #0f172a; background: #fff; font-size: 15px; line-height: 1.45; }
  [lang="ar"], [dir="rtl"] { font-family: "Noto Naskh Arabic", "Noto Sans", serif; line-height: 1.7; }
  article { height: 100%; overflow: auto; border: 1px solid #cbd5e1; border-radius: 8px; padding: 12px 14px; display: flex; flex-direction: column; gap: 8px; }
  .brand { margin: 0; color: #475569; font-size: 13px; }
  .verdict { display: inline-block; font-weight: 700; padding: 2px 8px; border-radius: 4px; }
  .verdict.none { background: #e2e8f0; color: #0f172a; }
  .withdrawn .verdict { text-decoration: line-through; }
  .status { margin: 0; font-weight: 700; }
  .status.retracted { color: #991b1b; }
  .status.corrected { color: #6b21a8; }
  blockquote { margin: 0; font-size: 17px; font-weight: 600; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; overflow: hidden; }
  .meta { margin: 0; color: #475569; font-size: 13px; }
  .meta > span + span::before { content: " · "; }
  a { color: #1d4ed8; font-weight: 600; margin-top: auto; }
`;

/**
 * The embed card: verdict as published, statement, claimant, dates, and a link to the claim's
 * public page (a new tab). Chrome in the reader's language and direction, the statement in its own.
 */
export function renderClaimEmbed(view: PublicClaimView, options: { fontCss: string; locale: Locale }): string {
  const { t, locale, direction } = reportTranslator(options.locale);
  const { claim, article, team, urls } = view;
  const name = reportNamer(claim, locale);
  const retracted = claim.retraction;
  const lastCorrection = claim.corrections.at(-1);
  const status = retracted
    ? `<p class="status retracted" data-retracted>${isolate((v) => t("publicClaim.retracted", v), { date: ltr(date(retracted.retractedAt)) })}</p>`
    : lastCorrection
      ? `<p class="status corrected">${isolate((v) => t("publicClaim.corrected", v), { date: ltr(date(lastCorrection.createdAt)) })}</p>`
      : "";
  const meta = [
    claim.claimant
      ? `<span>${isolate((v) => t("reportDocument.claimant", v), { name: name(claim.claimant.name) })}</span>`
      : "",
    claim.review.publishedAt
      ? `<span>${isolate((v) => t("reportDocument.publishedOn", v), { date: ltr(date(claim.review.publishedAt)) })}</span>`
      : "",
  ].join("");
  return `<!doctype html>
<html lang="${locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(t("publicClaim.documentTitle", { statement: claim.statement.slice(0, 120), team: team.name }))}</title>
<link rel="canonical" href="${text(urls.canonical)}">
<style>${options.fontCss}${CARD_STYLES}</style>
</head>
<body>
<article${retracted ? ' class="withdrawn"' : ""} aria-label="${text(t("publicClaim.embedLabel"))}">
  <p class="brand">${isolate((v) => t("publicClaim.factCheckBy", v), { team: team.name })}</p>
  <p class="meta">${verdictBadge(claim, locale, t("reportDocument.noVerdict"))}</p>
  ${status}
  <blockquote ${ownLanguage(claim.statement, article.language)}>${text(claim.statement)}</blockquote>
  ${meta ? `<p class="meta">${meta}</p>` : ""}
  <a href="${text(urls.canonical)}" target="_blank" rel="noopener">${text(t("publicClaim.readMore"))}</a>
</article>
</body>
</html>
`;
}
