/**
 * Report integrity: the canonical form (RFC 8785 JSON Canonicalization Scheme) of the report
 * is hashed (SHA-256) and the digest signed with the team's Ed25519 key. Signing the digest,
 * not the bytes, lets a report of any size be hashed as it streams out. Anyone holding the
 * file can recompute both: one changed character anywhere breaks the hash and the signature.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { ZReport, type Report } from "./report-model";

export const ZIntegrity = z.object({
  algorithm: z.literal("Ed25519"),
  canonicalization: z.literal("RFC8785"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().describe("Base64 Ed25519 signature of the 32-byte SHA-256 digest of the canonical report"),
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

export type Integrity = z.infer<typeof ZIntegrity>;
export interface SigningKey {
  privateKey: KeyObject;
  signer: string;
}

export function signReport(report: Report, key: SigningKey): SignedReport {
  return { report, integrity: integrityOf(createHash("sha256").update(canonicalBytes(report)).digest(), key) };
}

/** The integrity block for a canonical report's SHA-256 digest (computed however the bytes were produced). */
export function integrityOf(digest: Buffer, key: SigningKey): Integrity {
  return {
    algorithm: "Ed25519",
    canonicalization: "RFC8785",
    sha256: digest.toString("hex"),
    signature: sign(null, digest, key.privateKey).toString("base64"),
    publicKey: createPublicKey(key.privateKey).export({ format: "der", type: "spki" }).toString("base64"),
    signer: key.signer,
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
  const digest = createHash("sha256").update(canonicalBytes(received)).digest();
  const sha256 = digest.toString("hex");
  if (sha256 !== integrity.sha256) return { ok: false, reason: "hashMismatch" };
  const publicKey = trustedPublicKey ?? integrity.publicKey;
  let valid = false;
  try {
    valid = verify(
      null,
      digest,
      createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" }),
      Buffer.from(integrity.signature, "base64"),
    );
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "badSignature" };
  return { ok: true, signer: integrity.signer, sha256, publicKey, claims: report.claims.length };
}
