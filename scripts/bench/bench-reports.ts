import { generateKeyPairSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { signReport } from "../../lib/domain/reports/integrity";
import { buildReport, type ReportInput } from "../../lib/domain/reports/report-model";
import { sampleReportInput } from "../../lib/domain/reports/sample-report";
import { renderCsv } from "../../lib/export/csv";
import { renderHtml } from "../../lib/export/html";
import { renderPdf } from "../../lib/export/pdf";
import { reportFontCss } from "../../lib/export/report-fonts";
import { timeRuns } from "./time-runs";

/** The sample article's claims repeated to `count`, each with its own id and place. */
function inputWith(count: number): ReportInput {
  const base = sampleReportInput();
  const claims = Array.from({ length: count }, (_, index) => {
    const claim = base.claims[index % base.claims.length]!;
    return { ...claim, id: `${claim.id}-${index}`, start: claim.start + index * 100 };
  });
  return { ...base, claims };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * Report building at scale: the signed JSON and the CSV for 10,000 claims (target < 5 s),
 * and the PDF for 500 claims through headless Chromium (target < 30 s), with peak memory.
 */
export async function benchReports(): Promise<void> {
  const input = inputWith(10_000);
  const { privateKey } = generateKeyPairSync("ed25519");
  const heapBefore = process.memoryUsage().heapUsed;
  let jsonBytes = 0;
  let csvBytes = 0;
  const json = await timeRuns(5, () => {
    jsonBytes = JSON.stringify(signReport(buildReport(input), { privateKey, signer: "Bench" })).length;
  });
  const csv = await timeRuns(5, () => {
    csvBytes = renderCsv(buildReport(input)).length;
  });
  const heapPeak = process.memoryUsage().heapUsed;
  console.log(`reports: signed JSON, 10,000 claims (${megabytes(jsonBytes)}): p50 ${json.p50.toFixed(0)} ms, p95 ${json.p95.toFixed(0)} ms (target < 5 s)`);
  console.log(`reports: CSV, 10,000 claims (${megabytes(csvBytes)}): p50 ${csv.p50.toFixed(0)} ms, p95 ${csv.p95.toFixed(0)} ms (target < 5 s)`);
  console.log(`reports: heap ${megabytes(heapBefore)} before, ${megabytes(heapPeak)} after building them`);

  const html = renderHtml(buildReport(inputWith(500)), { fontCss: await reportFontCss() });
  const started = performance.now();
  const pdf = await renderPdf(html);
  console.log(`reports: PDF, 500 claims (${megabytes(pdf.length)}): ${((performance.now() - started) / 1000).toFixed(1)} s (target < 30 s)`);
}
