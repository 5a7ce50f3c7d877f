/**
 * `npm run verify-report -- FILE [--key BASE64_SPKI]`: tells whether a ClaimDesk JSON report is
 * intact and who signed it. A signer is named only for a trusted key: the one given with --key
 * (get it from the publishing team, e.g. its /api/public/keys), or else a key this server's
 * database publishes (DATABASE_URL, or the embedded database of `npm start`). Any other valid
 * signature is "signed by an unknown key — not verified".
 * Exit code 0 intact and signer verified, 1 not intact, 2 usage error, 3 intact but unknown key.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { register } from "node:module";
import path from "node:path";
import { verifyReportText, type VerifiedReport, type VerifyResult } from "../lib/domain/reports/integrity";
import { withDatabase } from "./lib/admin/database";
import { parseVerifyArgs, VERIFY_USAGE } from "./lib/verify/verify-args";

const ROOT = path.resolve(import.meta.dirname, "..");
const REASONS = {
  notJson: "the file is not JSON",
  notAReport: "the file is not a ClaimDesk report (version 2)",
  hashMismatch: "the report was changed after it was signed",
  badSignature: "the signature does not match the report",
  keyMismatch: "the report was signed with a key other than the one it names",
} as const;

async function main(): Promise<number> {
  const args = parseVerifyArgs(process.argv.slice(2));
  if (!args) {
    console.error(VERIFY_USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(args.file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${args.file}: ${(error as Error).message}`);
    return 2;
  }
  const result = args.key ? verifyReportText(text, args.key) : await verifyWithInstanceKeys(text);
  if (!result.ok) {
    console.log(`NOT INTACT: ${REASONS[result.reason]}${result.detail ? ` (${result.detail})` : ""}.`);
    return 1;
  }
  return printIntact(result);
}

function printIntact(result: VerifiedReport): number {
  console.log(`INTACT: ${result.claims} claim(s), unchanged since signed. Report SHA-256: ${result.sha256}`);
  if (result.trust === "unknown") {
    console.log(`Signed by an unknown key — not verified (key ${result.fingerprint}).`);
    console.log("Ask the publishing team for its public key and run again with --key.");
    return 3;
  }
  const how = result.trust === "supplied" ? "the key you gave" : "a key this server publishes";
  console.log(`Signed by ${result.team.name} (key ${result.fingerprint}), ${how}.`);
  return 0;
}

/** Looks the report's key up in this server's database; without a database, nothing is trusted. */
async function verifyWithInstanceKeys(text: string): Promise<VerifyResult> {
  const offline = verifyReportText(text);
  if (!offline.ok) return offline;
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  try {
    return await withDatabase(async (databaseUrl) => {
      process.env.DATABASE_URL = databaseUrl;
      register("./lib/server-only-hooks.mjs", import.meta.url);
      const { verifyUploadedReport } = await import("../lib/server/reports/verify-report");
      return verifyUploadedReport(text);
    });
  } catch (error) {
    console.log(`(No database to look the key up in: ${(error as Error).message.split("\n").at(-1)})`);
    return offline;
  }
}

main().then((code) => process.exit(code));
