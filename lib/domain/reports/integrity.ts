/**
 * Report integrity: the canonical form (RFC 8785 JSON Canonicalization Scheme) of the report
 * is hashed (SHA-256) and the digest signed with the team's Ed25519 key. Signing the digest,
 * not the bytes, lets a report of any size be hashed as it streams out. Anyone holding the
 * file can recompute both: one changed character anywhere breaks the hash and the signature.
 *
 * Who signed is inside the signed data (report.team and report.signingKey), so it cannot be
 * relabelled. A valid signature alone proves only that the file is unchanged since someone
 * signed it; it names a signer only when the key is one the verifier trusts (published by
 * this instance, or supplied by the reader) — `trust` says which.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import canonicalize from "canonicalize";
import { z } from "zod";
import { REPORT_FORMAT, ZReport, type Report, type ReportHeader } from "./report-model";

export const ZIntegrity = z.object({
  algorithm: z.literal("Ed25519"),
  canonicalization: z.literal("RFC8785"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().describe("Base64 Ed25519 signature of the 32-byte SHA-256 digest of the canonical report"),
  publicKey: z
    .string()
    .describe("Base64 DER (SPKI) Ed25519 public key; its fingerprint is report.signingKey.fingerprint"),
});
export const ZSignedReport = z.object({ report: ZReport, integrity: ZIntegrity });
export type SignedReport = z.infer<typeof ZSignedReport>;

/**
 * What verifying needs of a signed report, from every version that named its signer inside the
 * signed data (2 on): old reports keep verifying after the format grows.
 */
const ZVerifiableReport = z.object({
  report: z.object({
    format: z.literal(REPORT_FORMAT),
    version: z.number().int().min(2),
    team: ZReport.shape.team,
    signingKey: ZReport.shape.signingKey,
    claims: z.array(z.unknown()),
  }),
  integrity: ZIntegrity,
});
export type Integrity = z.infer<typeof ZIntegrity>;

export interface SigningKey {
  id: string;
  privateKey: KeyObject;
  /** Base64 DER (SPKI). */
  publicKey: string;
}

/**
 * The key fingerprint shown everywhere (reports, team page, /api/public/keys, /verify, CLI):
 * SHA-256 of the raw 32-byte Ed25519 public key, lowercase hex. Throws on a key that is not Ed25519.
 */
export function fingerprintOf(publicKeyBase64: string): string {
  const key = createPublicKey({ key: Buffer.from(publicKeyBase64, "base64"), format: "der", type: "spki" });
  if (key.asymmetricKeyType !== "ed25519") throw new Error("Not an Ed25519 key");
  const raw = Buffer.from(key.export({ format: "jwk" }).x!, "base64url");
  return createHash("sha256").update(raw).digest("hex");
}

export function canonicalBytes(report: Report): Buffer {
  const text = canonicalize(report);
  if (text === undefined) throw new Error("Report cannot be canonicalised");
  return Buffer.from(text, "utf8");
}

/** The header as it is signed: naming the key, so the key is covered by the signature too. */
export function withSigningKey<T extends ReportHeader>(header: T, key: Pick<SigningKey, "id" | "publicKey">): T {
  return { ...header, signingKey: { id: key.id, fingerprint: fingerprintOf(key.publicKey) } };
}

export function signReport(report: Report, key: SigningKey): SignedReport {
  const named = withSigningKey(report, key);
  return { report: named, integrity: integrityOf(createHash("sha256").update(canonicalBytes(named)).digest(), key) };
}

/** The integrity block for a canonical report's SHA-256 digest (computed however the bytes were produced). */
export function integrityOf(digest: Buffer, key: SigningKey): Integrity {
  return {
    algorithm: "Ed25519",
    canonicalization: "RFC8785",
    sha256: digest.toString("hex"),
    signature: sign(null, digest, key.privateKey).toString("base64"),
    publicKey: key.publicKey,
  };
}

/** "published": a key this instance publishes; "supplied": the key the reader gave; "unknown": neither. */
export type KeyTrust = "published" | "supplied" | "unknown";

export interface VerifiedReport {
  ok: true;
  trust: KeyTrust;
  /** As signed. Names a signer to the reader only when `trust` is not "unknown". */
  team: { id: string; name: string };
  keyId: string;
  fingerprint: string;
  sha256: string;
  publicKey: string;
  claims: number;
}
export type VerifyFailure = {
  ok: false;
  reason: "notJson" | "notAReport" | "hashMismatch" | "badSignature" | "keyMismatch";
  detail?: string;
};
export type VerifyResult = VerifiedReport | VerifyFailure;

/**
 * Checks a report file as received: parses, re-canonicalises, re-hashes and verifies the
 * signature — with `suppliedPublicKey` when the reader gives one, else with the key in the file
 * (then `trust` is "unknown" until the caller finds the key among keys it trusts).
 */
export function verifyReportText(text: string, suppliedPublicKey?: string): VerifyResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: "notJson" };
  }
  const signed = ZVerifiableReport.safeParse(parsed);
  if (!signed.success) return { ok: false, reason: "notAReport", detail: signed.error.issues[0]?.path.join(".") };
  const { report, integrity } = signed.data;
  if (!report.signingKey) return { ok: false, reason: "notAReport", detail: "report.signingKey" };
  // Hash and signature are checked on the report as it was received, not as parsed by zod.
  const digest = createHash("sha256")
    .update(canonicalBytes((parsed as { report: Report }).report))
    .digest();
  if (digest.toString("hex") !== integrity.sha256) return { ok: false, reason: "hashMismatch" };
  const publicKey = suppliedPublicKey ?? integrity.publicKey;
  const fingerprint = signatureMatches(digest, integrity.signature, publicKey);
  if (!fingerprint) return { ok: false, reason: "badSignature" };
  // The signed header names the key; a signature by any other key is not this report's.
  if (fingerprint !== report.signingKey.fingerprint) return { ok: false, reason: "keyMismatch" };
  return {
    ok: true,
    trust: suppliedPublicKey ? "supplied" : "unknown",
    team: report.team,
    keyId: report.signingKey.id,
    fingerprint,
    sha256: integrity.sha256,
    publicKey,
    claims: report.claims.length,
  };
}

/** The key's fingerprint when the signature is valid under it, else null (also for a malformed key). */
function signatureMatches(digest: Buffer, signature: string, publicKey: string): string | null {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" });
    return verify(null, digest, key, Buffer.from(signature, "base64")) ? fingerprintOf(publicKey) : null;
  } catch {
    return null;
  }
}
