import "server-only";
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/db";
import type { SigningKey } from "@/lib/domain/reports/integrity";

const PURPOSE = "claimdesk-report-signing";
const encrypt = (teamId: string, plaintext: Buffer) => sealSecret(PURPOSE, teamId, plaintext);
const decrypt = (teamId: string, stored: string) => openSecret(PURPOSE, teamId, stored);

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
