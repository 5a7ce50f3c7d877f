import { parseArgs } from "node:util";

export const VERIFY_USAGE = "Usage: npm run verify-report -- FILE [--key BASE64_SPKI_PUBLIC_KEY]";

/**
 * `npm run verify-report -- FILE --key K` reaches the script as `FILE --key K` (npm drops its
 * `--`); a stray `--` is a positional for parseArgs, so it is dropped here too. Null: usage error.
 */
export function parseVerifyArgs(argv: string[]): { file: string; key?: string } | null {
  try {
    const { values, positionals } = parseArgs({
      args: argv.filter((arg) => arg !== "--"),
      options: { key: { type: "string" } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) return null;
    return { file: positionals[0]!, ...(values.key ? { key: values.key } : {}) };
  } catch {
    return null;
  }
}
