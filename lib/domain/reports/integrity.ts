/**
 * Report integrity: the canonical form (RFC 8785 JSON Canonicalization Scheme) of the report
 * is hashed (SHA-256) and signed with the team's Ed25519 key. Anyone holding the file can
 * recompute both: one changed character anywhere in the report breaks the hash and the signature.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { ZReport, type Report } from "./report-model";

export const ZIntegrity = z.object({
  algorithm: z.literal("Ed25519"),
  canonicalization: z.literal("RFC8785"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().describe("Base64 Ed25519 signature of the canonical report bytes"),
  publicKey: z.string().describe("Base64 DER (SPKI) Ed25519 public key of the signing team"),
  signer: z.string(),
});
export const ZSignedReport = z.object({ report: ZReport, integrity: ZIntegrity });
export type SignedReport = z.infer<typeof ZSignedReport>;

export function canonicalBytes(report: Report): Buffer {
  const text = canonicalize(report);
  if (text === undefined) throw new Error("Report cannot be canonicalised");
  return Buffer.from(text, "utf8");
}

export function signReport(report: Report, key: { privateKey: KeyObject; signer: string }): SignedReport {
  const bytes = canonicalBytes(report);
  const publicKey = createPublicKey(key.privateKey).export({ format: "der", type: "spki" }).toString("base64");
  return {
    report,
    integrity: {
      algorithm: "Ed25519",
      canonicalization: "RFC8785",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      signature: sign(null, bytes, key.privateKey).toString("base64"),
      publicKey,
      signer: key.signer,
    },
  };
}

export type VerifyResult =
  | { ok: true; signer: string; sha256: string; publicKey: string; claims: number }
  | { ok: false; reason: "notJson" | "notAReport" | "hashMismatch" | "badSignature"; detail?: string };

/** Checks a report file as received: parses, re-canonicalises, re-hashes and verifies the signature. */
export function verifyReportText(text: string, trustedPublicKey?: string): VerifyResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: "notJson" };
  }
  const signed = ZSignedReport.safeParse(parsed);
  if (!signed.success) return { ok: false, reason: "notAReport", detail: signed.error.issues[0]?.path.join(".") };
  const { report, integrity } = signed.data;
  // Hash and signature are checked on the report as it was received, not as parsed by zod.
  const received = (parsed as { report: Report }).report;
  const bytes = canonicalBytes(received);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== integrity.sha256) return { ok: false, reason: "hashMismatch" };
  const publicKey = trustedPublicKey ?? integrity.publicKey;
  let valid = false;
  try {
    valid = verify(null, bytes, createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" }), Buffer.from(integrity.signature, "base64"));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "badSignature" };
  return { ok: true, signer: integrity.signer, sha256, publicKey, claims: report.claims.length };
}
