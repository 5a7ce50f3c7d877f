import { createHash, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalBytes, fingerprintOf, integrityOf, signReport, verifyReportText, type SigningKey } from "./integrity";
import { buildReport, REPORT_VERSION } from "./report-model";
import { sampleReportInput } from "./sample-report";

function newKey(id: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { id, privateKey, publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64") };
}

describe("key fingerprints", () => {
  it("are the SHA-256 of the raw 32-byte public key, in hex", () => {
    const key = newKey("k");
    const raw = Buffer.from(key.publicKey, "base64").subarray(-32);
    expect(fingerprintOf(key.publicKey)).toBe(createHash("sha256").update(raw).digest("hex"));
    expect(fingerprintOf(key.publicKey)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(newKey("other").publicKey)).not.toBe(fingerprintOf(key.publicKey));
  });

  it("refuse a key that is not Ed25519", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    expect(() => fingerprintOf(rsa.export({ format: "der", type: "spki" }).toString("base64"))).toThrow();
  });
});

describe("signed reports", () => {
  const key = newKey("key-1");
  const signed = signReport(buildReport(sampleReportInput()), key);
  const text = JSON.stringify(signed, null, 2);

  it("carry the signer and the key inside the signed report", () => {
    expect(signed.report).toMatchObject({
      version: REPORT_VERSION,
      team: { id: "team-demo", name: "Demo Newsroom" },
      signingKey: { id: "key-1", fingerprint: fingerprintOf(key.publicKey) },
    });
    expect(signed.integrity).not.toHaveProperty("signer");
  });

  it("verify as intact, signer unknown until the key is trusted", () => {
    expect(verifyReportText(text)).toEqual({
      ok: true,
      trust: "unknown",
      team: { id: "team-demo", name: "Demo Newsroom" },
      keyId: "key-1",
      fingerprint: fingerprintOf(key.publicKey),
      sha256: signed.integrity.sha256,
      publicKey: key.publicKey,
      claims: 3,
    });
    expect(verifyReportText(text, key.publicKey)).toMatchObject({ ok: true, trust: "supplied" });
  });

  it("survive re-formatting (the canonical form is what is signed)", () => {
    expect(verifyReportText(JSON.stringify(signed)).ok).toBe(true);
  });

  it("fail when a single character of the report changes", () => {
    const tampered = text.replace("وردت معلومات", "وردت معلومة");
    expect(tampered).not.toBe(text);
    expect(verifyReportText(tampered)).toEqual({ ok: false, reason: "hashMismatch" });
  });

  it("fail when relabelled: another signer name, team id or key id", () => {
    const relabel = (change: (report: typeof signed.report) => void) => {
      const copy = structuredClone(signed);
      change(copy.report);
      return verifyReportText(JSON.stringify(copy));
    };
    expect(relabel((report) => (report.team.name = "Reuters Fact Check"))).toEqual({
      ok: false,
      reason: "hashMismatch",
    });
    expect(relabel((report) => (report.team.id = "team-other")).ok).toBe(false);
    expect(relabel((report) => (report.signingKey!.id = "key-2")).ok).toBe(false);
  });

  it("fail when the hash is recomputed but the signature is not", () => {
    const forged = structuredClone(signed);
    forged.report.claims[0]!.statement = "Forged";
    forged.integrity.sha256 = createHash("sha256").update(canonicalBytes(forged.report)).digest("hex");
    expect(verifyReportText(JSON.stringify(forged))).toEqual({ ok: false, reason: "badSignature" });
  });

  it("fail when the signature is by a key other than the one the report names", () => {
    // Someone re-signs a genuine report (naming key-1) with their own key and ships their public key.
    const digest = createHash("sha256").update(canonicalBytes(signed.report)).digest();
    const resigned = { report: signed.report, integrity: integrityOf(digest, newKey("key-1")) };
    expect(verifyReportText(JSON.stringify(resigned))).toEqual({ ok: false, reason: "keyMismatch" });
  });

  it("refuse a supplied key other than the signer's, and files that are not reports", () => {
    expect(verifyReportText(text, newKey("x").publicKey)).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyReportText(text, "not a key")).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyReportText("not json")).toEqual({ ok: false, reason: "notJson" });
    expect(verifyReportText('{"report": {}}')).toMatchObject({ ok: false, reason: "notAReport" });
  });

  it("refuse version 1 reports, whose signer was outside the signed data", () => {
    const old = structuredClone(signed) as unknown as { report: { version: number } };
    old.report.version = 1;
    expect(verifyReportText(JSON.stringify(old))).toMatchObject({ ok: false, reason: "notAReport" });
  });

  it("still verify version 2 reports, signed before verdicts carried their published colour", () => {
    const report = buildReport(sampleReportInput());
    const older = { ...report, version: 2, claims: report.claims.map((claim) => ({ ...claim, rating: {} })) };
    const file = JSON.stringify(signReport(older as never, key));
    expect(verifyReportText(file)).toMatchObject({ ok: true, team: { name: "Demo Newsroom" }, claims: 3 });
  });
});
