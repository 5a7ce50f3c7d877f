import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalReportText } from "./canonical-stream";
import { canonicalBytes } from "./integrity";
import { buildReport, reportHeader, type ReportClaim } from "./report-model";
import { sampleReportInput } from "./sample-report";

async function streamed(pages: ReportClaim[][]): Promise<string> {
  async function* claimPages() {
    yield* pages;
  }
  let text = "";
  for await (const piece of canonicalReportText(reportHeader(sampleReportInput()), claimPages())) text += piece;
  return text;
}

describe("canonicalReportText", () => {
  const report = buildReport(sampleReportInput());

  it("writes, page by page, exactly the canonical bytes of the whole report", async () => {
    expect(await streamed([report.claims])).toBe(canonicalBytes(report).toString("utf8"));
  });

  it("does so however the claims are cut into pages, empty ones included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 6 }), async (cuts) => {
        const pages: ReportClaim[][] = [];
        let at = 0;
        for (const size of cuts) {
          pages.push(report.claims.slice(at, at + size));
          at += size;
        }
        pages.push(report.claims.slice(at));
        expect(await streamed(pages)).toBe(canonicalBytes(report).toString("utf8"));
      }),
    );
  });

  it("writes an empty claims array for an article without claims", async () => {
    expect(await streamed([])).toBe(canonicalBytes({ ...report, claims: [] }).toString("utf8"));
  });
});
