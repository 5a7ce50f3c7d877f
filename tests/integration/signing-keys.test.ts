import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as getPublicKeys } from "@/app/api/public/keys/route";
import { db } from "@/lib/db";
import { signReport } from "@/lib/domain/reports/integrity";
import { ZReport } from "@/lib/domain/reports/report-model";
import { exportArticleReport } from "@/lib/server/reports/export-report";
import { listPublicKeys } from "@/lib/server/reports/list-public-keys";
import { rotateSigningKey, rotateSigningKeyAsOperator } from "@/lib/server/reports/rotate-signing-key";
import { verifyUploadedReport } from "@/lib/server/reports/verify-report";
import { auditEventsFor, createArticle, createTeam } from "./support";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, "test-results", "signing-keys");

async function teamWithSignedReport() {
  const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
  const article = await createArticle(team.id, "Signed article");
  const exportJson = async () =>
    (await exportArticleReport(members.EDITOR, { articleId: article.id, format: "json" })).body.toString("utf8");
  return { team, members, article, exportJson };
}

/** Runs `npm run verify-report -- ...` as documented, on this test database. */
function runVerifyCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "verify-report", "--", ...args], { cwd: ROOT, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("report signing keys", () => {
  it("rotate: the old key stays published with its validity, old reports still verify, new ones use the new key", async () => {
    const { team, members, exportJson } = await teamWithSignedReport();
    const before = await exportJson();
    const [first] = await listPublicKeys({ teamId: team.id });
    expect(first).toMatchObject({ teamId: team.id, teamName: team.name, notAfter: null });

    const rotated = await rotateSigningKey(members.ADMIN);
    const after = await exportJson();
    const keys = await listPublicKeys({ teamId: team.id });
    expect(keys.map((key) => key.keyId)).toEqual([rotated.keyId, first!.keyId]);
    expect(keys[0]).toMatchObject({ fingerprint: rotated.fingerprint, notAfter: null });
    expect(Date.parse(keys[1]!.notAfter!)).toBeGreaterThanOrEqual(Date.parse(keys[1]!.notBefore));

    expect(await verifyUploadedReport(before)).toMatchObject({
      ok: true,
      trust: "published",
      team: { id: team.id, name: team.name },
      keyId: first!.keyId,
      fingerprint: first!.fingerprint,
    });
    expect(await verifyUploadedReport(after)).toMatchObject({ ok: true, trust: "published", keyId: rotated.keyId });
    expect(ZReport.parse(JSON.parse(after).report).signingKey).toEqual({
      id: rotated.keyId,
      fingerprint: rotated.fingerprint,
    });

    const [event] = await auditEventsFor(rotated.keyId);
    expect(event).toMatchObject({
      action: "signingKey.rotate",
      actorId: members.ADMIN.userId,
      teamId: team.id,
      before: { keyId: first!.keyId, fingerprint: first!.fingerprint },
      after: { keyId: rotated.keyId, fingerprint: rotated.fingerprint },
    });
  });

  it("rotation is an admin's right, and the operator's by team name", async () => {
    const { team, members, exportJson } = await teamWithSignedReport();
    await exportJson();
    await expect(rotateSigningKey(members.EDITOR)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rotated = await rotateSigningKeyAsOperator({ teamName: team.name.toUpperCase() });
    expect(rotated.teamName).toBe(team.name);
    expect(await db.teamSigningKey.count({ where: { teamId: team.id, notAfter: null } })).toBe(1);
    expect(await db.teamSigningKey.count({ where: { teamId: team.id } })).toBe(2);
  });

  it("GET /api/public/keys lists every team's keys with no private material and no sign-in", async () => {
    const { team, exportJson } = await teamWithSignedReport();
    await exportJson();
    const stored = await db.teamSigningKey.findFirstOrThrow({ where: { teamId: team.id } });
    const response = await getPublicKeys();
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(stored.encryptedPrivateKey);
    expect(text).not.toMatch(/private/i);
    const body = JSON.parse(text) as { keys: Record<string, unknown>[] };
    const ours = body.keys.filter((key) => key.teamId === team.id);
    expect(ours).toEqual([
      {
        teamId: team.id,
        teamName: team.name,
        keyId: stored.id,
        algorithm: "Ed25519",
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        publicKey: stored.publicKey,
        notBefore: stored.createdAt.toISOString(),
        notAfter: null,
      },
    ]);
  });

  it("names a signer only for a key this instance publishes for that team", async () => {
    const { team, exportJson } = await teamWithSignedReport();
    const genuine = JSON.parse(await exportJson()) as ReturnType<typeof signReport>;
    const other = await teamWithSignedReport();
    await other.exportJson();
    const otherKey = await db.teamSigningKey.findFirstOrThrow({ where: { teamId: other.team.id } });

    // A brand-new key claiming to be the team's published key: intact, but nobody we know signed it.
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const forged = signReport(genuine.report, {
      id: genuine.report.signingKey!.id,
      privateKey,
      publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    });
    expect(await verifyUploadedReport(JSON.stringify(forged))).toMatchObject({ ok: true, trust: "unknown" });

    // Another team's published key id does not vouch for this team's name.
    const misattributed = { ...genuine.report, signingKey: { id: otherKey.id, fingerprint: "0".repeat(64) } };
    const signedAsOther = signReport(misattributed, {
      id: otherKey.id,
      privateKey,
      publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    });
    expect(await verifyUploadedReport(JSON.stringify(signedAsOther))).toMatchObject({ trust: "unknown" });

    // Relabelled after signing: the signer's name is inside the signed data.
    const relabelled = structuredClone(genuine);
    relabelled.report.team.name = "Reuters Fact Check";
    expect(await verifyUploadedReport(JSON.stringify(relabelled))).toEqual({ ok: false, reason: "hashMismatch" });
    expect(team.name).not.toBe("Reuters Fact Check");
  });

  it("npm run verify-report -- FILE: names the instance's key, warns on an unknown one, fails a relabelled file", async () => {
    const { team, exportJson } = await teamWithSignedReport();
    const genuine = await exportJson();
    const signed = JSON.parse(genuine) as ReturnType<typeof signReport>;
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const strangerKey = publicKey.export({ format: "der", type: "spki" }).toString("base64");
    const stranger = signReport(signed.report, {
      id: signed.report.signingKey!.id,
      privateKey,
      publicKey: strangerKey,
    });
    const relabelled = structuredClone(signed);
    relabelled.report.team.name = "Reuters Fact Check";
    mkdirSync(OUT, { recursive: true });
    const files = { genuine, stranger: JSON.stringify(stranger), relabelled: JSON.stringify(relabelled) };
    for (const [name, body] of Object.entries(files)) writeFileSync(path.join(OUT, `${name}.json`), body);
    const [known, unknown, supplied, broken, usage] = await Promise.all([
      runVerifyCli([path.join(OUT, "genuine.json")]),
      runVerifyCli([path.join(OUT, "stranger.json")]),
      runVerifyCli([path.join(OUT, "stranger.json"), "--key", strangerKey]),
      runVerifyCli([path.join(OUT, "relabelled.json")]),
      runVerifyCli([]),
    ]);
    expect(known).toMatchObject({ code: 0, stderr: "" });
    expect(known.stdout).toContain(`Signed by ${team.name} (key ${signed.report.signingKey!.fingerprint})`);
    expect(unknown.code).toBe(3);
    expect(unknown.stdout).toContain("Signed by an unknown key — not verified");
    expect(unknown.stdout).not.toContain(`Signed by ${team.name}`);
    expect(supplied.code).toBe(0);
    expect(supplied.stdout).toContain("the key you gave");
    expect(broken).toMatchObject({ code: 1 });
    expect(broken.stdout).toContain("NOT INTACT: the report was changed after it was signed.");
    expect(usage.code).toBe(2);
  }, 60_000);
});
