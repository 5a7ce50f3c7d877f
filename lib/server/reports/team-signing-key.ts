import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from "node:crypto";
import { appEnv } from "@/lib/config/env";
import { db } from "@/lib/db";
import type { SigningKey } from "@/lib/domain/reports/integrity";

/** The key that encrypts signing keys at rest, derived from the server secret (never stored). */
function wrappingKey(teamId: string): Buffer {
  const secret = appEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: report signing keys cannot be protected.");
  return Buffer.from(hkdfSync("sha256", secret, "claimdesk-report-signing", teamId, 32));
}

function encrypt(teamId: string, plaintext: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(teamId), iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function decrypt(teamId: string, stored: string): Buffer {
  const raw = Buffer.from(stored, "base64");
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(teamId), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

/** A fresh key pair as a row to insert: the private key encrypted, never stored in the clear. */
export function newSigningKeyRow(teamId: string): { teamId: string; publicKey: string; encryptedPrivateKey: string } {
  const pair = generateKeyPairSync("ed25519");
  return {
    teamId,
    publicKey: pair.publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    encryptedPrivateKey: encrypt(teamId, pair.privateKey.export({ format: "der", type: "pkcs8" })),
  };
}

/**
 * The team's current key (the one without notAfter), created on first use. Two first uses at
 * once agree on one key: the partial unique index allows one current key per team.
 */
export async function currentSigningKey(teamId: string): Promise<SigningKey> {
  const where = { teamId, notAfter: null };
  let row = await db.teamSigningKey.findFirst({ where });
  if (!row) {
    await db.teamSigningKey.createMany({ data: [newSigningKeyRow(teamId)], skipDuplicates: true });
    row = await db.teamSigningKey.findFirstOrThrow({ where });
  }
  return {
    id: row.id,
    privateKey: createPrivateKey({ key: decrypt(teamId, row.encryptedPrivateKey), format: "der", type: "pkcs8" }),
    publicKey: row.publicKey,
  };
}
