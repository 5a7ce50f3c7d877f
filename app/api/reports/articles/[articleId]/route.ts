import { z } from "zod";
import { toFailure } from "@/lib/auth/authed-action";
import { getCurrentMember } from "@/lib/auth/session";
import { exportArticleReport, REPORT_FORMATS } from "@/lib/server/reports/export-article-report";

const ZParams = z.object({ articleId: z.uuid(), format: z.enum(REPORT_FORMATS) });
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, VALIDATION: 400, BAD_INPUT: 400 };

/** GET /api/reports/articles/:id?format=pdf — a download; same checks as every action. */
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const member = await getCurrentMember();
  if (!member) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  const parsed = ZParams.safeParse({ ...(await params), format: new URL(request.url).searchParams.get("format") ?? "json" });
  if (!parsed.success) return Response.json({ error: "VALIDATION" }, { status: 400 });
  try {
    const origin = new URL(request.url).origin;
    const file = await exportArticleReport(member, { ...parsed.data, baseUrl: origin });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const failure = toFailure(error);
    return Response.json({ error: failure.code, reason: failure.details?.reason }, { status: STATUS[failure.code] ?? 500 });
  }
}
