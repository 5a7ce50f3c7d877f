import { describe, expect, it } from "vitest";
import { canonicalBytes } from "./integrity";
import { buildReport, ZReport } from "./report-model";
import { sampleReportInput } from "./sample-report";

describe("buildReport", () => {
  const report = buildReport(sampleReportInput());

  it("produces a document the schema accepts, claims in reading order", () => {
    expect(ZReport.parse(report)).toEqual(report);
    expect(report.claims.map((claim) => claim.id)).toEqual(["claim-casualties", "claim-accusation", "claim-promise"]);
  });

  it("carries quote, verdict and confidence apart, evidence by stance with hashes, corroboration and corrections", () => {
    const casualties = report.claims[0]!;
    expect(casualties.anchor.exact).toBe("وردت معلومات عن سقوط عدد من القتلى والجرحى");
    expect(casualties.rating).toMatchObject({ verdict: { key: "MIXED" }, confidence: "MODERATE" });
    expect(casualties.evidence.map((item) => item.stance)).toEqual(["SUPPORTS", "REFUTES"]);
    expect(casualties.evidence[0]!.snapshot?.sha256).toBe("b".repeat(64));
    expect(casualties.corroboration).toMatchObject({
      status: "CONTESTED",
      independentConfirmations: ["Ultra Syria"],
      independentRefutations: ["AFP"],
    });
    expect(casualties.corrections[0]!.previousVerdict).toBe("Mostly true");
  });

  it("publishes the scale's ClaimReview mapping with the report", () => {
    expect(report.ratingScale.find((label) => label.key === "MOSTLY_TRUE")!.claimReview).toEqual({
      alternateName: "Mostly true",
      ratingValue: 4,
      bestRating: 5,
      worstRating: 1,
    });
    expect(report.ratingScale.find((label) => label.key === "UNPROVEN")!.claimReview).toEqual({
      alternateName: "Unproven",
    });
  });

  it("is deterministic: the same input gives the same canonical bytes", () => {
    expect(canonicalBytes(buildReport(sampleReportInput())).equals(canonicalBytes(report))).toBe(true);
  });
});
