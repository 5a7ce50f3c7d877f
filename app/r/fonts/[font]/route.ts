import { readReportFont, REPORT_FONT_FILES, type ReportFontName } from "@/lib/export/report-fonts";

/**
 * The public report's fonts, by address rather than inline: one download the browser keeps for
 * every report, instead of 175 KB inside each page. A week in caches: the faces change only with the font package.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ font: string }> }) {
  const name = (await params).font.replace(/\.woff2$/, "");
  if (!Object.hasOwn(REPORT_FONT_FILES, name)) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await readReportFont(name as ReportFontName)), {
    headers: {
      "content-type": "font/woff2",
      "cache-control": "public, max-age=604800",
      "x-content-type-options": "nosniff",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
