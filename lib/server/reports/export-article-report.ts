import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { signReport } from "@/lib/domain/reports/integrity";
import { buildReport, type Report } from "@/lib/domain/reports/report-model";
import { claimReviewsOf } from "@/lib/export/claimreview";
import { renderCsv } from "@/lib/export/csv";
import { renderHtml } from "@/lib/export/html";
import { renderMarkdown } from "@/lib/export/markdown";
import { renderPdf } from "@/lib/export/pdf";
import { reportFontCss } from "@/lib/export/report-fonts";
import { loadReportInput } from "./load-report-input";
import { teamSigningKey } from "./team-signing-key";

export const REPORT_FORMATS = ["json", "csv", "md", "html", "pdf", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  claimreview: "application/ld+json; charset=utf-8",
};

/** An article's report in one format, for an editor or admin (the permission table decides). */
export async function exportArticleReport(member: Member, input: { articleId: string; format: ReportFormat; baseUrl: string }): Promise<ReportFile> {
  assertCan(member, "report.export");
  const report = buildReport(await loadReportInput(member.teamId, input.articleId));
  return renderReport(report, member.teamId, input.format, `${input.baseUrl}/articles/${input.articleId}/report`);
}

/** Renders a built report; the JSON is signed with the team's key and the HTML/PDF carry its hash. */
export async function renderReport(report: Report, teamId: string, format: ReportFormat, reportUrl: string): Promise<ReportFile> {
  const base = `claim-report-${report.article.id.slice(0, 8)}-${report.generatedAt.slice(0, 10)}`;
  const file = (extension: string, body: string | Buffer): ReportFile => ({ fileName: `${base}.${extension}`, contentType: CONTENT_TYPES[format], body: Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8") });
  switch (format) {
    case "csv":
      return file("csv", renderCsv(report));
    case "md":
      return file("md", renderMarkdown(report));
    case "claimreview":
      return file("claimreview.jsonld", JSON.stringify(claimReviewsOf(report, reportUrl), null, 2));
    case "json":
    case "html":
    case "pdf": {
      const signed = signReport(report, { ...(await teamSigningKey(teamId)), signer: report.team.name });
      if (format === "json") return file("json", `${JSON.stringify(signed, null, 2)}\n`);
      const html = renderHtml(report, { fontCss: await reportFontCss(), integrity: { sha256: signed.integrity.sha256, signer: signed.integrity.signer } });
      return format === "html" ? file("html", html) : file("pdf", await renderPdf(html));
    }
  }
}
