import { createHash } from "node:crypto";

/**
 * The canonical form of an article revision: Unicode NFC, LF line ends, no trailing
 * spaces, one paragraph per block separated by exactly one blank line ("\n\n").
 * Claim anchors are offsets into this string, so it must be stable for the same input.
 */
export function canonicalizeArticleText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B\uFEFF]/g, "") // zero-width space and BOM carry no meaning here
    .split("\n")
    .map((line) => line.replace(/[\t \u00A0]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n\n");
}

export { paragraphsOf } from "./paragraphs";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
