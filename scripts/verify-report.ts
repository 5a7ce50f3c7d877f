/**
 * `npm run verify-report -- FILE [--key BASE64_SPKI]`: tells whether a ClaimDesk JSON report
 * is intact and who signed it. With --key, the signature must be by that key (get it from
 * the team that published the report); without it, the key inside the file is used, which
 * proves integrity but not identity. Exit code 0 intact, 1 not intact, 2 usage error.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { verifyReportText } from "../lib/domain/reports/integrity";

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const keyIndex = args.indexOf("--key");
  const key = keyIndex >= 0 ? args[keyIndex + 1] : undefined;
  const file = args.find((arg, index) => !arg.startsWith("--") && index !== keyIndex + 1);
  if (!file) {
    console.error("Usage: npm run verify-report -- FILE [--key BASE64_SPKI_PUBLIC_KEY]");
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const result = verifyReportText(text, key);
  if (!result.ok) {
    const reasons = {
      notJson: "the file is not JSON",
      notAReport: "the file is not a ClaimDesk report",
      hashMismatch: "the report was changed after it was signed",
      badSignature: "the signature does not match the report",
    };
    console.log(`NOT INTACT: ${reasons[result.reason]}${result.detail ? ` (${result.detail})` : ""}.`);
    return 1;
  }
  const fingerprint = createHash("sha256").update(Buffer.from(result.publicKey, "base64")).digest("hex").slice(0, 32);
  console.log(`INTACT: ${result.claims} claim(s), signed by "${result.signer}".`);
  console.log(`Report SHA-256: ${result.sha256}`);
  console.log(
    `Signing key fingerprint (SHA-256 of the public key): ${fingerprint}${key ? " — matches the key you gave." : " — compare it with the publishing team's key."}`,
  );
  return 0;
}

main().then((code) => process.exit(code));
