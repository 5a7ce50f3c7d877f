import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalBytes, signReport, verifyReportText } from "./integrity";
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

describe("signed reports", () => {
  const { privateKey } = generateKeyPairSync("ed25519");
  const signed = signReport(buildReport(sampleReportInput()), { privateKey, signer: "Demo Newsroom" });
  const text = JSON.stringify(signed, null, 2);

  it("verify as intact, naming the signer", () => {
    expect(verifyReportText(text)).toMatchObject({
      ok: true,
      signer: "Demo Newsroom",
      claims: 3,
      sha256: signed.integrity.sha256,
    });
  });

  it("survive re-formatting (the canonical form is what is signed)", () => {
    expect(verifyReportText(JSON.stringify(signed)).ok).toBe(true);
  });

  it("fail when a single character of the report changes", () => {
    const tampered = text.replace("وردت معلومات", "وردت معلومة");
    expect(tampered).not.toBe(text);
    expect(verifyReportText(tampered)).toEqual({ ok: false, reason: "hashMismatch" });
    const oneDigit = text.replace('"confidence": "LOW"', '"confidence": "HIGH"');
    expect(verifyReportText(oneDigit).ok).toBe(false);
  });

  it("fail when the hash is recomputed but the signature is not", () => {
    const forged = JSON.parse(text) as typeof signed;
    forged.report.claims[0]!.statement = "Forged";
    forged.integrity.sha256 = (
      JSON.parse(
        JSON.stringify(
          signReport(forged.report, { privateKey: generateKeyPairSync("ed25519").privateKey, signer: "x" }),
        ),
      ) as typeof signed
    ).integrity.sha256;
    expect(verifyReportText(JSON.stringify(forged))).toEqual({ ok: false, reason: "badSignature" });
  });

  it("refuse a key other than the trusted one, and files that are not reports", () => {
    const other = signReport(buildReport(sampleReportInput()), {
      privateKey: generateKeyPairSync("ed25519").privateKey,
      signer: "Demo Newsroom",
    });
    expect(verifyReportText(JSON.stringify(other), signed.integrity.publicKey)).toEqual({
      ok: false,
      reason: "badSignature",
    });
    expect(verifyReportText("not json")).toEqual({ ok: false, reason: "notJson" });
    expect(verifyReportText('{"report": {}}')).toMatchObject({ ok: false, reason: "notAReport" });
  });
});
