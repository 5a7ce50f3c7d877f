import type { Logger } from "pino";
import { z } from "zod";
import { toFailure } from "@/lib/auth/to-failure";
import { getCurrentMember } from "@/lib/auth/session";
import { LOCALES } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { requestLogger } from "@/lib/log/request-logger";
import { openArticleReport, REPORT_FORMATS } from "@/lib/server/reports/export-report";

const ZParams = z.object({ articleId: z.uuid(), format: z.enum(REPORT_FORMATS), lang: z.enum(LOCALES).optional() });
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  BAD_INPUT: 400,
};

/**
 * GET /api/reports/articles/:id?format=pdf — a download; same checks as every action. JSON and
 * CSV stream out as they are written; a failure after the first byte cuts the download short
 * (and an unfinished JSON report carries no signature, so it cannot pass for a whole one).
 */
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const member = await getCurrentMember();
  if (!member) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  const query = new URL(request.url).searchParams;
  const parsed = ZParams.safeParse({
    ...(await params),
    format: query.get("format") ?? "json",
    lang: query.get("lang") ?? undefined,
  });
  if (!parsed.success) return Response.json({ error: "VALIDATION" }, { status: 400 });
  try {
    // The report speaks the reader's language: ?lang= when given, else the UI's.
    const file = await openArticleReport(member, {
      ...parsed.data,
      locale: parsed.data.lang ?? (await resolveLocale()),
    });
    return new Response(byteStream(file.chunks, await requestLogger()), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const failure = await toFailure(error);
    return Response.json(
      { error: failure.code, reason: failure.details?.reason },
      { status: STATUS[failure.code] ?? 500 },
    );
  }
}

/** `log` is taken before streaming starts: pulls run after the handler has returned. */
function byteStream(chunks: AsyncIterable<Buffer>, log: Logger): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      } catch (error) {
        log.error({ err: error }, "report stream failed");
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
