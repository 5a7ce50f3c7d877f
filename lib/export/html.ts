/**
 * The print-ready HTML report, rendered from the report model only. The chrome (labels,
 * headings) is in the reader's language and direction (Arabic: right to left); every piece
 * of article or source text carries its own language and direction, so an Arabic quote reads
 * right to left in an English report and an English source title left to right in an Arabic
 * one. All text is escaped: nothing in a claim or a source can become markup. Fonts come
 * inline (`fontCss`), so the file and the PDF made from it need nothing from the network.
 */
import { claimDetailFields } from "@/lib/domain/claims/claim-detail-fields";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import { writtenIn } from "@/lib/domain/text/written-in";
import { verdictTextColor } from "@/lib/domain/ratings/verdict-text-color";
import {
  claimsByArticle,
  reportNamer,
  type Report,
  type ReportArticle,
  type ReportClaim,
} from "@/lib/domain/reports/report-model";
import type { Locale } from "@/lib/i18n/locales";
import { reportTranslator, type ReportTranslator } from "./report-translator";

/**
 * The HTML report's layout (markup and styles). Part of the public page's ETag, so a browser that
 * cached a page revalidates to the new layout: bump it whenever the rendered markup or REPORT_STYLES change.
 * 2: structured fields, repeats, page breaks by fit, statements in their own direction, AA colours.
 * 3: entities and origins by their Arabic names in Arabic (report version 4).
 * 4: on the public page, each claim links to its own public page (embeds).
 * 5: report version 5: titled by what was selected, claims under their articles, tags on internal reports.
 */
export const REPORT_LAYOUT = 5;

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

const text = (value: string | null | undefined) => escapeHtml(value ?? "");

/**
 * JSON inside <script>: "<" (and the line separators JavaScript once rejected) as \u escapes, so no
 * value can close the element ("</script>") or open a comment; JSON readers decode them back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The lang and dir attributes of user-written text: its own language, not its article's (written-in.ts). */
export function ownLanguage(value: string, surroundingLanguage: string): string {
  const { lang, dir } = writtenIn(value, surroundingLanguage);
  return `lang="${text(lang)}" dir="${dir}"`;
}

/** A date, hash or number: kept left to right inside a right-to-left line. */
export const ltr = (value: string) => ({ value, dir: "ltr" as const });

/**
 * A translated phrase with its values isolated (<bdi>): a name keeps its own direction (an
 * Arabic name in an English line and the reverse), a date stays left to right in an Arabic one.
 */
export function isolate<K extends string>(
  render: (placeholders: Record<K, string>) => string,
  values: Record<K, string | { value: string; dir: "ltr" }>,
): string {
  const keys = Object.keys(values) as K[];
  const placeholders = Object.fromEntries(keys.map((key, index) => [key, `\u0000${index}\u0000`])) as Record<K, string>;
  return text(render(placeholders)).replace(/\u0000(\d+)\u0000/g, (_, index: string) => {
    const value = values[keys[Number(index)]!];
    return typeof value === "string" ? `<bdi>${text(value)}</bdi>` : `<bdi dir="ltr">${text(value.value)}</bdi>`;
  });
}
export const date = (iso: string | null) => (iso ? iso.slice(0, 10) : "—");
/** Only http(s) links become links; anything else is shown as text. */
const link = (url: string | null, label?: string) =>
  url && /^https?:\/\//i.test(url) ? `<a href="${text(url)}">${text(label ?? url)}</a>` : text(label ?? url ?? "");

export const REPORT_STYLES = `
  @page { size: A4; margin: 18mm 16mm; }
  * { box-sizing: border-box; }
  body { font-family: "Noto Sans", "Noto Naskh Arabic", sans-serif; color: #0f172a; font-size: 10.5pt; line-height: 1.5; margin: 0; }
  [lang="ar"], [dir="rtl"] { font-family: "Noto Naskh Arabic", "Noto Sans", serif; line-height: 1.8; }
  header.report { border-bottom: 2px solid #0f172a; padding-bottom: 8pt; margin-bottom: 12pt; }
  h1 { font-size: 17pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 0 0 4pt; }
  .meta { color: #475569; font-size: 9pt; }
  .meta > span + span::before { content: " · "; }
  article.claim { border: 1px solid #cbd5e1; border-radius: 4pt; padding: 8pt 10pt; margin: 0 0 10pt; }
  article.claim.short { break-inside: avoid; page-break-inside: avoid; }
  article.claim h2, article.claim h3 { break-after: avoid; page-break-after: avoid; }
  section.source-article > h2 { margin: 14pt 0 2pt; break-after: avoid; page-break-after: avoid; }
  section.source-article > p.meta { break-after: avoid; page-break-after: avoid; }
  article.claim blockquote, article.claim p, article.claim tr, dl.details > div { break-inside: avoid; page-break-inside: avoid; }
  dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 8pt; margin: 4pt 0; font-size: 9.5pt; }
  dl.details > div { display: contents; }
  dl.details dt { color: #475569; } dl.details dd { margin: 0; }
  .warning { color: #92400e; }
  blockquote { margin: 4pt 0; padding: 4pt 8pt; background: #fef3c7; border-inline-start: 3pt solid #f59e0b; }
  .context { color: #475569; }
  .verdict { display: inline-block; font-weight: 700; padding: 1pt 6pt; border-radius: 3pt; color: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table { width: 100%; border-collapse: collapse; font-size: 9pt; margin-top: 4pt; }
  th, td { text-align: start; border-top: 1px solid #e2e8f0; padding: 2pt 4pt; vertical-align: top; }
  .hash { font-family: monospace; font-size: 7.5pt; word-break: break-all; }
  .correction { border-inline-start: 3pt solid #a855f7; padding-inline-start: 6pt; margin-top: 4pt; }
  .retraction { border-inline-start: 3pt solid #b91c1c; padding-inline-start: 6pt; margin-top: 4pt; color: #7f1d1d; }
  section.scale { break-before: page; page-break-before: always; }
  footer.report-keys { border-top: 1px solid #cbd5e1; margin-top: 12pt; padding-top: 6pt; }
  footer.report-keys ul { margin: 2pt 0; padding-inline-start: 14pt; }
  a { color: #1d4ed8; word-break: break-all; }
  nav.pages { margin: 8pt 0; } nav.pages ul { list-style: none; display: flex; flex-wrap: wrap; gap: 6pt; padding: 0; margin: 2pt 0; } nav.pages .meta a { margin-inline-start: 8pt; }
  @media screen { body { max-width: 190mm; margin: 12mm auto; } }
`;

/** The scope in the reader's language when it is one the app writes; a custom one as written. */
export function scopeLabel(report: Pick<Report, "scope">, { t }: ReportTranslator): string {
  if (report.scope.description === "All claims of the article") return t("reportDocument.allClaims");
  if (report.scope.description === "Published claims of the article") return t("reportDocument.publishedClaims");
  if (report.scope.description === "Published claims") return t("reportDocument.publishedClaimsOnly");
  if (report.scope.description === "All claims") return t("reportDocument.allSelectedClaims");
  return report.scope.description;
}

/** Filters a report's scope may carry, in the order its title lists them. */
const SCOPE_FILTERS = ["article", "claimant", "tag", "type", "status", "verdict", "from", "to"] as const;

/**
 * What the report is of, as its title: the article's own title, or "Case: Harem camp operation",
 * "Search: أومسين, Published, from 2025-10-01": the selection and its filters in the reader's words.
 */
export function scopeTitle(report: Pick<Report, "scope">, { t, locale }: ReportTranslator): string {
  const { kind, title, filters } = report.scope;
  if (kind === "article") return title;
  // A search without words is of everything its filters let through.
  const parts = [
    kind === "search" && !title.trim()
      ? t("reportDocument.scopeTitles.everything")
      : t(`reportDocument.scopeTitles.${kind}`, { title }),
  ];
  for (const key of SCOPE_FILTERS) {
    const value = filters[key];
    // Several statuses (a public link's "published, corrected or retracted") are said by the scope line.
    if (!value || value.includes(",")) continue;
    if (key === "status") parts.push(t(`claims.status.${value}` as never));
    else if (key === "type") parts.push(t(`claims.type.${value}` as never));
    else if (key === "from") parts.push(t("reportDocument.filterFrom", { date: value }));
    else if (key === "to") parts.push(t("reportDocument.filterTo", { date: value }));
    else parts.push(value);
  }
  return parts.join(locale === "ar" ? "، " : ", ");
}

/**
 * One claim as the report shows it. `index` numbers it (null: a page of its own, unnumbered);
 * `claimHref` links it to its own public page.
 */
export function claimSection(
  claim: ReportClaim,
  index: number | null,
  { article }: { article: Pick<ReportArticle, "language" | "direction"> },
  { t, locale }: ReportTranslator,
  claimHref?: string,
  heading: "h2" | "h3" = "h2",
): string {
  const { language, direction } = article;
  const quoteLang = `lang="${text(language)}" dir="${direction}"`;
  const name = reportNamer(claim, locale);
  const evidenceRows = claim.evidence
    .map(
      (
        item,
      ) => `<tr><td>${text(t(`evidence.stances.${item.stance}`))}</td><td dir="auto">${link(item.source.url, item.source.title)}${item.source.outlet ? ` <span class="meta">(${text(item.source.outlet)})</span>` : ""}</td>
        <td dir="auto">${text(item.source.origin ? name(item.source.origin) : "—")}</td><td dir="ltr">${text(item.source.reliability ?? "—")}${item.credibility ?? ""}</td><td dir="auto">${text(item.passage ?? "")}</td>
        <td class="hash">${text(item.snapshot?.sha256 ?? "—")}</td></tr>`,
    )
    .join("");
  const corroboration = claim.corroboration;
  const names = (list: string[]) =>
    list.length ? `: <bdi>${list.map((origin) => text(name(origin))).join("</bdi>, <bdi>")}</bdi>` : "";
  const repeats = corroboration.repeats.map(
    (repeat) =>
      `<span>${isolate((v) => t(repeat.isClaimant ? "corroboration.repeatClaimant" : "corroboration.repeat", { ...v, count: repeat.count }), { name: name(repeat.origin) })}</span>`,
  );
  return `<article class="${fitsOnAPage(claim) ? "claim short" : "claim"}" id="claim-${text(claim.id)}">
    <${heading}>${index === null ? "" : `${index + 1}. `}<span ${ownLanguage(claim.statement, language)}>${text(claim.statement)}</span></${heading}>
    <blockquote ${quoteLang}><span class="context">…${text(claim.anchor.prefix.slice(-60))}</span><strong>${text(claim.anchor.exact)}</strong><span class="context">${text(claim.anchor.suffix.slice(0, 60))}…</span></blockquote>
    <p class="meta"><span>${text(t(`claims.type.${claim.type}` as never))}</span><span>${text(t(`claims.status.${claim.status}` as never))}</span>${claim.claimant ? `<span>${isolate((v) => t("reportDocument.claimant", v), { name: name(claim.claimant.name) })}</span>` : ""}${claim.reportedVia ? `<span>${isolate((v) => t("reportDocument.via", v), { name: name(claim.reportedVia.name) })}</span>` : ""}${claim.claimedAt ? `<span>${isolate((v) => t("reportDocument.claimed", v), { date: ltr(date(claim.claimedAt)) })}</span>` : ""}</p>
    ${detailsList(claim, { t, locale })}
    <p>${claim.rating.verdict ? `<span class="verdict" style="background:${text(claim.rating.verdict.color)};color:${verdictTextColor(claim.rating.verdict.color)}">${text(labelName(claim.rating.verdict, locale))}</span>` : text(t("reportDocument.noVerdict"))}
      ${claim.rating.confidence ? ` — ${text(t("reportDocument.confidence", { level: t(`rating.confidenceLevels.${claim.rating.confidence}`) }))}` : ""}</p>
    ${claim.rating.rationale ? `<p dir="auto">${text(claim.rating.rationale)}</p>` : ""}
    <p class="meta"><span>${text(t("reportDocument.corroboration", { status: t(`corroboration.${corroboration.status}` as never) }))}</span><span>${text(t("reportDocument.confirmations", { count: corroboration.independentConfirmations.length }))}${names(corroboration.independentConfirmations)}</span><span>${text(t("reportDocument.refutations", { count: corroboration.independentRefutations.length }))}${names(corroboration.independentRefutations)}</span>${repeats.join("")}</p>
    ${corroboration.singleOrigin ? `<p class="meta warning">${isolate((v) => t("corroboration.singleOrigin", v), { name: name(corroboration.singleOrigin) })}</p>` : ""}
    ${claim.evidence.length ? `<table><thead><tr><th>${text(t("reportDocument.stance"))}</th><th>${text(t("reportDocument.source"))}</th><th>${text(t("reportDocument.origin"))}</th><th>${text(t("reportDocument.grade"))}</th><th>${text(t("reportDocument.passage"))}</th><th>${text(t("reportDocument.snapshot"))}</th></tr></thead><tbody>${evidenceRows}</tbody></table>` : ""}
    ${claim.corrections.map((correction) => `<p class="correction"><strong>${isolate((v) => t("reportDocument.correction", v), { date: ltr(date(correction.createdAt)) })}</strong>${correction.previousVerdict ? ` ${isolate((v) => t("reportDocument.previouslyRated", v), { verdict: correction.previousVerdict })}` : ""} <span dir="auto">${text(correction.note)}</span></p>`).join("")}
    ${claim.tags.length ? `<p class="meta">${isolate((v) => t("reportDocument.tags", v), { tags: claim.tags.join(", ") })}</p>` : ""}
    ${claim.retraction ? `<p class="retraction" data-retracted><strong>${isolate((v) => t("reportDocument.retracted", v), { date: ltr(date(claim.retraction.retractedAt)) })}</strong> <span dir="auto">${text(claim.retraction.note)}</span></p>` : ""}
    <p class="meta">${claim.rating.ratedBy ? `<span>${isolate((v) => t("reportDocument.ratedBy", v), { name: claim.rating.ratedBy })}</span>` : ""}${claim.review.reviewedBy ? `<span>${isolate((v) => t("reportDocument.reviewedBy", v), { name: claim.review.reviewedBy, date: ltr(date(claim.review.reviewedAt)) })}</span>` : ""}${claim.review.publishedAt ? `<span>${isolate((v) => t("reportDocument.publishedOn", v), { date: ltr(date(claim.review.publishedAt)) })}</span>` : ""}${claimHref ? `<span><a href="${text(claimHref)}">${text(t("reportDocument.claimPage"))}</a></span>` : ""}</p>
  </article>`;
}

/** The claim's structured fields (casualty figures, accusation, promise) as a labelled list. */
function detailsList(claim: ReportClaim, { t }: Pick<ReportTranslator, "t" | "locale">): string {
  const fields = claimDetailFields(claim.details);
  if (!fields.length) return "";
  const term = (key: string) => (t.has(key as never) ? t(key as never) : key);
  const rows = fields.map(({ label, value }) => {
    const shown =
      value.kind === "term" ? text(term(value.key)) : `<bdi${value.ltr ? ' dir="ltr"' : ""}>${text(value.text)}</bdi>`;
    return `<div><dt>${text(term(label))}</dt><dd>${shown}</dd></div>`;
  });
  return `<dl class="details">${rows.join("")}</dl>`;
}

/** An article's publisher, date, address, revision and the hash of its text (and, for a one-article report, the claim count). */
function articleMeta(article: ReportArticle, { t }: ReportTranslator, claimCount?: number): string {
  const source = [
    article.publisher ? `<span><bdi>${text(article.publisher)}</bdi></span>` : "",
    article.publishedAt ? `<span><bdi dir="ltr">${date(article.publishedAt)}</bdi></span>` : "",
    article.url ? `<span><bdi dir="ltr">${link(article.url)}</bdi></span>` : "",
  ].join("");
  const count =
    claimCount === undefined ? "" : `<span>${text(t("reportDocument.claimCount", { count: claimCount }))}</span>`;
  return `<p class="meta">${source}</p>
  <p class="meta"><span>${text(t("reportDocument.revision", { number: article.revision.number }))}</span><span class="hash"><bdi dir="ltr">SHA-256 ${text(article.revision.sha256)}</bdi></span>${count}</p>`;
}

/**
 * A claim short enough to keep on one page moves whole to the next one; a longer claim (many
 * citations, long notes) breaks between its parts instead of leaving a half-empty page behind.
 */
function fitsOnAPage(claim: ReportClaim): boolean {
  const notes = claim.corrections.length + (claim.retraction ? 1 : 0);
  const words = claim.statement.length + (claim.rating.rationale?.length ?? 0) + claim.anchor.exact.length;
  return claim.evidence.length <= 4 && notes <= 1 && words <= 1_200;
}

/** The team's published keys, for the footer: where to check the report and against what. */
export interface ReportKeys {
  keysUrl: string;
  verifyUrl: string;
  keys: { fingerprint: string; notBefore: string; notAfter: string | null }[];
}

function keysFooter(report: Report, published: ReportKeys, { t }: ReportTranslator): string {
  const items = published.keys.map(
    (key) =>
      `<li><bdi class="hash" dir="ltr">${text(key.fingerprint)}</bdi> — ${key.notAfter ? isolate((v) => t("reportDocument.keyRetired", v), { from: ltr(date(key.notBefore)), until: ltr(date(key.notAfter)) }) : isolate((v) => t("reportDocument.keyCurrent", v), { from: ltr(date(key.notBefore)) })}</li>`,
  );
  return `<footer class="report-keys">
  <h2>${isolate((v) => t("reportDocument.keysTitle", v), { team: report.team.name })}</h2>
  <p class="meta">${isolate((v) => t("reportDocument.keysIntro", v), { verifyUrl: ltr(published.verifyUrl), keysUrl: ltr(published.keysUrl) })}</p>
  ${items.length ? `<ul class="meta">${items.join("")}</ul>` : `<p class="meta">${text(t("reportDocument.noKeys"))}</p>`}
</footer>`;
}

/** "Signed by <team> with key <fingerprint>" and the hash, for a report signed as it was rendered. */
function signatureLine(report: Report, sha256: string, { t }: ReportTranslator): string {
  const fingerprint = report.signingKey?.fingerprint ?? "—";
  return `<p class="meta"><span>${isolate((v) => t("reportDocument.signedBy", v), { signer: report.team.name, fingerprint: ltr(fingerprint) })}</span><span>${text(t("reportDocument.reportHash"))} <bdi class="hash" dir="ltr">${text(sha256)}</bdi></span></p>`;
}

/** Links to every page of a paged report, so all of it stays reachable. */
function pageLinks(
  page: { current: number; pages: number; href(page: number): string },
  { t }: ReportTranslator,
): string {
  if (page.pages < 2) return "";
  const links = Array.from({ length: page.pages }, (_, index) => index + 1).map((number) =>
    number === page.current
      ? `<li><span aria-current="page"><bdi dir="ltr">${number}</bdi></span></li>`
      : `<li><a href="${text(page.href(number))}"><bdi dir="ltr">${number}</bdi></a></li>`,
  );
  const step = (number: number, label: string, rel: string) =>
    number >= 1 && number <= page.pages ? `<a href="${text(page.href(number))}" rel="${rel}">${text(label)}</a>` : "";
  return `<nav class="pages" aria-label="${text(t("reportDocument.pages"))}">
  <p class="meta"><span>${isolate((v) => t("reportDocument.pageOf", v), { page: ltr(String(page.current)), pages: ltr(String(page.pages)) })}</span>${step(page.current - 1, t("reportDocument.previousPage"), "prev")}${step(page.current + 1, t("reportDocument.nextPage"), "next")}</p>
  <ul>${links.join("")}</ul>
</nav>`;
}

export function renderHtml(
  report: Report,
  options: {
    fontCss?: string;
    integrity?: { sha256: string };
    keys?: ReportKeys;
    /** Data for search engines (ClaimReview JSON-LD); never executed, so CSP needs no nonce for it. */
    jsonLd?: unknown;
    locale?: Locale;
    /** One page of a longer report (the public page): its claims are numbered from `numberFrom`, of `total`. */
    page?: { numberFrom: number; total: number; current: number; pages: number; href(page: number): string };
    /** The public page: each claim's own public page (its embed and oEmbed live there). */
    claimHref?: (claimId: string) => string;
    /** A paragraph under the title (a case's published summary). */
    intro?: string;
  } = {},
): string {
  const words = reportTranslator(options.locale);
  const { t, locale, direction } = words;
  const scaleRows = report.ratingScale
    .map(
      (label) =>
        `<tr><td><span class="verdict" style="background:${text(label.color)};color:${verdictTextColor(label.color)}">${text(label.name)}</span></td><td lang="ar" dir="rtl">${text(label.nameAr ?? "")}</td><td>${label.claimReview.ratingValue !== undefined ? text(t("reportDocument.ratingMapping", { value: label.claimReview.ratingValue, best: label.claimReview.bestRating ?? "", worst: label.claimReview.worstRating ?? "" })) : text(t("reportDocument.nameOnly"))}</td></tr>`,
    )
    .join("");
  const single = report.scope.kind === "article" && report.articles.length === 1 ? report.articles[0]! : null;
  const title = scopeTitle(report, words);
  const claimCount = options.page?.total ?? report.claims.length;
  let number = options.page?.numberFrom ?? 0;
  const groups = claimsByArticle(report, report.claims).map(({ article, claims }) => {
    const sections = claims.map((claim) =>
      claimSection(claim, number++, { article }, words, options.claimHref?.(claim.id), single ? "h2" : "h3"),
    );
    if (single) return sections.join("\n");
    return `<section class="source-article" aria-labelledby="article-${text(article.id)}">
  <h2 id="article-${text(article.id)}" ${ownLanguage(article.title, article.language)}>${text(article.title)}</h2>
  ${articleMeta(article, words)}
  ${sections.join("\n")}
</section>`;
  });
  return `<!doctype html>
<html lang="${locale}" dir="${direction}">
<head>
<meta charset="utf-8">
<title>${text(t("reportDocument.documentTitle", { title }))}</title>
<style>${options.fontCss ?? ""}${REPORT_STYLES}</style>
${options.jsonLd === undefined ? "" : `<script type="application/ld+json">${jsonForScript(options.jsonLd)}</script>`}
</head>
<body>
<header class="report">
  <p class="meta"><span>${isolate((v) => t("reportDocument.by", v), { team: report.team.name })}</span><span>${isolate((v) => t("reportDocument.generated", v), { date: ltr(report.generatedAt) })}</span><span>${text(scopeLabel(report, words))}</span></p>
  ${single ? `<h1 ${ownLanguage(title, single.language)}>${text(title)}</h1>` : `<h1 dir="auto">${text(title)}</h1>`}
  ${single ? articleMeta(single, words, claimCount) : `<p class="meta"><span>${text(t("reportDocument.articleCount", { count: report.articles.length }))}</span><span>${text(t("reportDocument.claimCount", { count: claimCount }))}</span></p>`}
  ${options.intro ? `<p class="intro" dir="auto">${text(options.intro)}</p>` : ""}
  ${options.integrity ? signatureLine(report, options.integrity.sha256, words) : ""}
</header>
${options.page ? pageLinks(options.page, words) : ""}
<main>
${groups.join("\n")}
</main>
${options.page ? pageLinks(options.page, words) : ""}
<section class="scale">
  <h2>${text(t("reportDocument.scaleTitle"))}</h2>
  <table><thead><tr><th>${text(t("reportDocument.verdict"))}</th><th>${text(t("reportDocument.arabic"))}</th><th>${text(t("reportDocument.ratingValue"))}</th></tr></thead><tbody>${scaleRows}</tbody></table>
</section>
${options.keys ? keysFooter(report, options.keys, words) : ""}
</body>
</html>
`;
}
