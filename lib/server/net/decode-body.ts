import "server-only";

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const PDF_TYPES = new Set(["application/pdf", "application/x-pdf"]);

/** The declared type, corrected by the bytes where servers commonly lie (PDFs served as octet-stream). */
export function sniffMediaType(contentType: string | null, body: Buffer): string {
  const declared = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (PDF_TYPES.has(declared) || body.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (HTML_TYPES.has(declared)) return "text/html";
  if (declared === "text/plain") return "text/plain";
  if (declared === "") {
    const start = body
      .subarray(0, 512)
      .toString("utf8")
      .replace(/^\ufeff/, "")
      .trimStart();
    if (start.startsWith("<")) return "text/html";
  }
  return declared || "application/octet-stream";
}

function charsetFrom(value: string | null | undefined): string | null {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(value ?? "")?.[1] ?? null;
}

/** Decodes like a browser would, in spirit: BOM, then the header, then <meta charset>, then UTF-8. */
export function decodeText(body: Buffer, contentType: string | null, isHtml: boolean): string {
  let label: string | null = null;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) label = "utf-8";
  else if (body[0] === 0xfe && body[1] === 0xff) label = "utf-16be";
  else if (body[0] === 0xff && body[1] === 0xfe) label = "utf-16le";
  label ??= charsetFrom(contentType);
  if (!label && isHtml) {
    const head = body.subarray(0, 4096).toString("latin1");
    label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
  }
  try {
    return new TextDecoder(label ?? "utf-8").decode(body);
  } catch {
    // An unknown label (RangeError) falls back to UTF-8 rather than failing the import.
    return new TextDecoder("utf-8").decode(body);
  }
}
