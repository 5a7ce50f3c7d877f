import "server-only";
import { createHash } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { canonicalReportText } from "@/lib/domain/reports/canonical-stream";
import { integrityOf, signReport, withSigningKey } from "@/lib/domain/reports/integrity";
import {
  buildReport,
  reportClaim,
  reportHeader,
  type Report,
  type ReportClaim,
  type ReportHeader,
} from "@/lib/domain/reports/report-model";
import { claimReviewsOf, hasClaimReview } from "@/lib/export/claimreview";
import { CSV_HEAD, csvLines, csvRowMaker } from "@/lib/export/csv";
import { renderHtml } from "@/lib/export/html";
import { renderMarkdown } from "@/lib/export/markdown";
import { renderPdf } from "@/lib/export/pdf";
import { reportFontCss } from "@/lib/export/report-fonts";
import type { Locale } from "@/lib/i18n/locales";
import {
  countSetClaims,
  loadReportHeaderInput,
  loadReportInput,
  reportClaimPages,
  type ReportOptions,
} from "./load-report-input";
import { AppError } from "@/lib/errors";
import { publicReportUrlsOf } from "./public-report-url";
import { resolveClaimSet, type ResolvedClaimSet } from "./claim-sets";
import { ZClaimSet, type TClaimSet } from "@/lib/schemas/report-sets";
import { reportKeysOf } from "./report-keys";
import { currentSigningKey } from "./team-signing-key";

export const REPORT_FORMATS = ["json", "csv", "md", "html", "pdf", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Formats written claim page by claim page, so their memory does not grow with the report. */
const STREAMED: readonly ReportFormat[] = ["json", "csv"];

/**
 * The most claims a report laid out whole may hold, per format: those are built in memory and,
 * for PDF, printed by Chromium, so a set of 100,000 claims asked as a PDF would hold the worker
 * (and the server it runs in) for minutes. JSON and CSV stream and have no limit.
 */
export const WHOLE_REPORT_LIMITS: Readonly<Partial<Record<ReportFormat, number>>> = {
  pdf: 1_000,
  html: 10_000,
  md: 10_000,
  claimreview: 10_000,
};

/**
 * The most claims an export prepared in the background may hold: its file is kept whole (in
 * PostgreSQL) until stored files stream to object storage (issue 20).
 */
export const STORED_REPORT_LIMIT = 50_000;

/** Refuses a set too large for a whole-document format, saying which formats can take it. */
export function assertReportFits(format: ReportFormat, claims: number, { stored = false } = {}): void {
  const limit = stored
    ? Math.min(WHOLE_REPORT_LIMITS[format] ?? STORED_REPORT_LIMIT, STORED_REPORT_LIMIT)
    : WHOLE_REPORT_LIMITS[format];
  if (limit !== undefined && claims > limit)
    throw new AppError("BAD_INPUT", `At most ${limit} claims in one ${format} report`, {
      reason: "tooManyClaimsForFormat",
      limit,
    });
}

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A report being written: its name and type now, its bytes as they are produced. */
export interface OpenedReport {
  fileName: string;
  contentType: string;
  chunks: AsyncIterable<Buffer>;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  claimreview: "application/ld+json; charset=utf-8",
};

const EXTENSIONS: Record<ReportFormat, string> = {
  json: "json",
  csv: "csv",
  md: "md",
  html: "html",
  pdf: "pdf",
  claimreview: "claimreview.jsonld",
};

/** A report of any set of claims (an article, a case, a search, a claimant, a tag) in one format, for an editor or admin. */
export async function openSetReport(
  member: Member,
  input: { set: TClaimSet; format: ReportFormat; locale?: Locale },
): Promise<OpenedReport> {
  assertCan(member, "report.export");
  const set = await resolveClaimSet(member.teamId, ZClaimSet.parse(input.set));
  return openReport(member.teamId, set, input.format, { locale: input.locale });
}

/** An article's report in one format. */
export async function openArticleReport(
  member: Member,
  input: { articleId: string; format: ReportFormat; locale?: Locale },
): Promise<OpenedReport> {
  return openSetReport(member, { ...input, set: { kind: "article", articleId: input.articleId } });
}

/** The same, whole: for stored exports and tests. */
export async function exportArticleReport(
  member: Member,
  input: { articleId: string; format: ReportFormat; locale?: Locale },
): Promise<ReportFile> {
  return collect(await openArticleReport(member, input));
}

/** Any set's report, whole: for tests. */
export async function exportSetReport(
  member: Member,
  input: { set: TClaimSet; format: ReportFormat; locale?: Locale },
): Promise<ReportFile> {
  return collect(await openSetReport(member, input));
}

/**
 * Opens a report. JSON and CSV stream: the header is loaded, then claims page by page, each
 * rendered and let go (the JSON hashed on the way, its signature written last). The other
 * formats lay out whole documents and are built in memory.
 */
export async function openReport(
  teamId: string,
  set: ResolvedClaimSet,
  format: ReportFormat,
  options: ReportOptions & { locale?: Locale; onClaims?(count: number): void } = {},
): Promise<OpenedReport> {
  if (STREAMED.includes(format)) {
    const header = reportHeader(await loadReportHeaderInput(teamId, set, options));
    const pages = claimPages(teamId, set, options);
    const chunks = format === "csv" ? csvChunks(header, pages) : signedJsonChunks(header, pages, teamId);
    return { fileName: fileNameOf(header, format), contentType: CONTENT_TYPES[format], chunks };
  }
  assertReportFits(format, await countSetClaims(teamId, set, options));
  const report = buildReport(await loadReportInput(teamId, set, options));
  options.onClaims?.(report.claims.length);
  const body = await renderWhole(report, teamId, format, options.locale);
  return { fileName: fileNameOf(report, format), contentType: CONTENT_TYPES[format], chunks: once(body) };

  async function* claimPages(...args: Parameters<typeof reportClaimPages>): AsyncGenerator<ReportClaim[]> {
    for await (const page of reportClaimPages(...args)) {
      options.onClaims?.(page.length);
      yield page.map(reportClaim);
    }
  }
}

async function* once(body: Buffer): AsyncGenerator<Buffer> {
  yield body;
}

async function* csvChunks(header: ReportHeader, pages: AsyncIterable<ReportClaim[]>): AsyncGenerator<Buffer> {
  const row = csvRowMaker(header);
  yield Buffer.from(CSV_HEAD, "utf8");
  for await (const page of pages) yield Buffer.from(csvLines(page.map(row)), "utf8");
}

/** {"report": <canonical report>, "integrity": {...}}: the hash is taken over exactly the bytes written. */
async function* signedJsonChunks(
  header: ReportHeader,
  pages: AsyncIterable<ReportClaim[]>,
  teamId: string,
): AsyncGenerator<Buffer> {
  const key = await currentSigningKey(teamId);
  const hash = createHash("sha256");
  yield Buffer.from('{"report":', "utf8");
  for await (const piece of canonicalReportText(withSigningKey(header, key), pages)) {
    const bytes = Buffer.from(piece, "utf8");
    hash.update(bytes);
    yield bytes;
  }
  yield Buffer.from(`,"integrity":${JSON.stringify(integrityOf(hash.digest(), key))}}\n`, "utf8");
}

/** The formats people read are in the reader's language (`locale`); the data formats are language-neutral. */
async function renderWhole(report: Report, teamId: string, format: ReportFormat, locale?: Locale): Promise<Buffer> {
  switch (format) {
    case "md":
      return Buffer.from(renderMarkdown(report, { locale }), "utf8");
    case "claimreview":
      return Buffer.from(JSON.stringify(claimReviewsOf(report, await publicReportUrls(teamId, report)), null, 2));
    default: {
      const signed = signReport(report, await currentSigningKey(teamId));
      const html = renderHtml(signed.report, {
        fontCss: await reportFontCss(),
        integrity: { sha256: signed.integrity.sha256 },
        keys: await reportKeysOf(teamId),
        locale,
      });
      return format === "pdf" ? Buffer.from(await renderPdf(html)) : Buffer.from(html, "utf8");
    }
  }
}

/**
 * ClaimReview needs a public URL per reviewed claim: an anchor on its article's public report.
 * Refused when a reviewed claim's article has none (nothing public to point at).
 */
async function publicReportUrls(teamId: string, report: Report): Promise<(claim: ReportClaim) => string> {
  // An article's ClaimReview file is of its public report, reviewed claims or not (yet).
  const reviewed = new Set(
    report.scope.kind === "article"
      ? report.articles.map((article) => article.id)
      : report.claims.filter(hasClaimReview).map((claim) => claim.articleId),
  );
  const urls = await publicReportUrlsOf(teamId, [...reviewed]);
  if ([...reviewed].some((articleId) => !urls.has(articleId)))
    throw new AppError("BAD_INPUT", "Publish a public link first", { reason: "noPublicLink" });
  return (claim) => urls.get(claim.articleId)!;
}

/** "claim-report-case-0199ab12-2026-11-30.pdf": what it is of, and when. */
function fileNameOf(report: Pick<Report, "scope" | "articles" | "generatedAt">, format: ReportFormat): string {
  const what =
    report.scope.kind === "article" && report.articles[0] ? report.articles[0].id.slice(0, 8) : report.scope.kind;
  return `claim-report-${what}-${report.generatedAt.slice(0, 10)}.${EXTENSIONS[format]}`;
}

export async function collect(opened: OpenedReport): Promise<ReportFile> {
  const parts: Buffer[] = [];
  for await (const chunk of opened.chunks) parts.push(chunk);
  return { fileName: opened.fileName, contentType: opened.contentType, body: Buffer.concat(parts) };
}
