import { z } from "zod";
import { MAX_URL_LENGTH } from "@/lib/domain/embeds/public-claim-url";
import { resolveOEmbed } from "@/lib/server/embeds/resolve-oembed";

export const dynamic = "force-dynamic";

const ZDimension = z.coerce.number().int().min(1).max(10_000).optional();
const ZOEmbedQuery = z.object({
  url: z.string().min(1).max(MAX_URL_LENGTH),
  format: z.string().max(16).optional(),
  maxwidth: ZDimension,
  maxheight: ZDimension,
});

const plain = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * GET /api/oembed?url=<public claim page>&format=json[&maxwidth=&maxheight=] — oEmbed 1.0
 * (https://oembed.com): a "rich" answer whose html is an iframe of the claim's embed card. Only
 * public claim pages of this server are answered (404 for anything else); the URL is parsed,
 * never fetched. JSON only (501 for another format).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = ZOEmbedQuery.safeParse({
    url: params.get("url") ?? undefined,
    format: params.get("format") ?? undefined,
    maxwidth: params.get("maxwidth") ?? undefined,
    maxheight: params.get("maxheight") ?? undefined,
  });
  if (!parsed.success)
    return plain(
      "Bad request: url (a public claim page) is required; maxwidth and maxheight are positive integers.",
      400,
    );
  const { url, format, maxwidth, maxheight } = parsed.data;
  if (format !== undefined && format !== "json") return plain("Only format=json is implemented.", 501);
  const answer = await resolveOEmbed({ url, maxwidth, maxheight });
  if (!answer) return plain("Not a public claim of this server.", 404);
  return Response.json(answer, {
    headers: {
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
      "x-content-type-options": "nosniff",
    },
  });
}
