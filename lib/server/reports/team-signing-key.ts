import "server-only";
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { appEnv } from "@/lib/config/env";
import { db } from "@/lib/db";

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

export interface TeamSigningKeyPair {
  privateKey: KeyObject;
  /** Base64 DER (SPKI). */
  publicKey: string;
}

/** The team's Ed25519 key pair, created on first use (two first uses at once agree on one key). */
export async function teamSigningKey(teamId: string): Promise<TeamSigningKeyPair> {
  let row = await db.teamSigningKey.findUnique({ where: { teamId } });
  if (!row) {
    const pair = generateKeyPairSync("ed25519");
    await db.teamSigningKey.createMany({
      data: [
        {
          teamId,
          publicKey: pair.publicKey.export({ format: "der", type: "spki" }).toString("base64"),
          encryptedPrivateKey: encrypt(teamId, pair.privateKey.export({ format: "der", type: "pkcs8" })),
        },
      ],
      skipDuplicates: true,
    });
    row = await db.teamSigningKey.findUniqueOrThrow({ where: { teamId } });
  }
  return {
    privateKey: createPrivateKey({ key: decrypt(teamId, row.encryptedPrivateKey), format: "der", type: "pkcs8" }),
    publicKey: row.publicKey,
  };
}

/** Every team's public key, to tell a verifier which team signed a report. */
export async function findTeamByPublicKey(publicKey: string): Promise<{ teamName: string } | null> {
  const row = await db.teamSigningKey.findFirst({ where: { publicKey }, select: { team: { select: { name: true } } } });
  return row ? { teamName: row.team.name } : null;
}
