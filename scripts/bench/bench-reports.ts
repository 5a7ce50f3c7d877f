import { createHash, generateKeyPairSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { canonicalReportText } from "../../lib/domain/reports/canonical-stream";
import { integrityOf, signReport, type SigningKey } from "../../lib/domain/reports/integrity";
import {
  buildReport,
  reportClaim,
  reportHeader,
  type ReportClaim,
  type ReportInput,
} from "../../lib/domain/reports/report-model";
import { sampleReportInput } from "../../lib/domain/reports/sample-report";
import { CSV_HEAD, csvLines, csvRowMaker, renderCsv } from "../../lib/export/csv";
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

/** The sample claims as the database would hand them over: pages of 250, made as they are asked for. */
async function* claimPages(count: number): AsyncGenerator<ReportClaim[]> {
  const base = sampleReportInput().claims;
  for (let at = 0; at < count; at += 250) {
    yield Array.from({ length: Math.min(250, count - at) }, (_, offset) => {
      const claim = base[(at + offset) % base.length]!;
      return reportClaim({ ...claim, id: `${claim.id}-${at + offset}`, start: claim.start + (at + offset) * 100 });
    });
  }
}

/**
 * Streams the signed JSON and the CSV of `count` claims; returns the time and the peak growth
 * of the live heap (measured after a collection every 10th piece or page, so garbage not yet collected
 * does not count as memory held).
 */
function benchKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { id: "bench", privateKey, publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64") };
}

async function streamReports(count: number, key: SigningKey) {
  globalThis.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let samples = 0;
  const sample = () => {
    if (++samples % 10 !== 0) return;
    globalThis.gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const started = performance.now();
  const header = reportHeader(sampleReportInput());
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const piece of canonicalReportText(header, claimPages(count))) {
    hash.update(piece, "utf8");
    bytes += Buffer.byteLength(piece);
    sample();
  }
  integrityOf(hash.digest(), key);
  const row = csvRowMaker(header);
  bytes += Buffer.byteLength(CSV_HEAD);
  for await (const page of claimPages(count)) {
    bytes += Buffer.byteLength(csvLines(page.map(row)));
    sample();
  }
  return { ms: performance.now() - started, bytes, growth: peak - baseline };
}

/**
 * Report building at scale: the signed JSON and the CSV for 10,000 claims (target < 5 s),
 * and the PDF for 500 claims through headless Chromium (target < 30 s), with peak memory.
 */
export async function benchReports(): Promise<void> {
  const input = inputWith(10_000);
  const key = benchKey();
  const heapBefore = process.memoryUsage().heapUsed;
  let jsonBytes = 0;
  let csvBytes = 0;
  const json = await timeRuns(5, () => {
    jsonBytes = JSON.stringify(signReport(buildReport(input), key)).length;
  });
  const csv = await timeRuns(5, () => {
    csvBytes = renderCsv(buildReport(input)).length;
  });
  const heapPeak = process.memoryUsage().heapUsed;
  console.log(
    `reports: signed JSON, 10,000 claims (${megabytes(jsonBytes)}): p50 ${json.p50.toFixed(0)} ms, p95 ${json.p95.toFixed(0)} ms (target < 5 s)`,
  );
  console.log(
    `reports: CSV, 10,000 claims (${megabytes(csvBytes)}): p50 ${csv.p50.toFixed(0)} ms, p95 ${csv.p95.toFixed(0)} ms (target < 5 s)`,
  );
  console.log(
    `reports: heap ${megabytes(heapBefore)} before, ${megabytes(heapPeak)} after building them whole (in memory)`,
  );

  // Streamed, as the download route and the export job write JSON and CSV: memory should not grow with the claims.
  for (const count of [1_000, 10_000, 50_000]) {
    const streamed = await streamReports(count, key);
    console.log(
      `reports: streamed signed JSON + CSV, ${count.toLocaleString("en")} claims (${megabytes(streamed.bytes)}): ${streamed.ms.toFixed(0)} ms, live heap peak +${(streamed.growth / 1024 / 1024).toFixed(1)} MB`,
    );
  }

  const html = renderHtml(buildReport(inputWith(500)), { fontCss: await reportFontCss() });
  const started = performance.now();
  const pdf = await renderPdf(html);
  console.log(
    `reports: PDF, 500 claims (${megabytes(pdf.length)}): ${((performance.now() - started) / 1000).toFixed(1)} s (target < 30 s)`,
  );
}
