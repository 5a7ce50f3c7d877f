import { z } from "zod";
import { toFailure } from "@/lib/auth/to-failure";
import { getCurrentMember } from "@/lib/auth/session";
import { readExportFile } from "@/lib/server/reports/background-export";

/** GET /api/reports/exports/:jobId — the file a background export produced. */
export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  const member = await getCurrentMember();
  if (!member) return Response.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  const parsed = z.object({ jobId: z.uuid() }).safeParse(await params);
  if (!parsed.success) return Response.json({ error: "VALIDATION" }, { status: 400 });
  try {
    const file = await readExportFile(member, parsed.data);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const failure = await toFailure(error);
    return Response.json(
      { error: failure.code },
      { status: failure.code === "FORBIDDEN" ? 403 : failure.code === "NOT_FOUND" ? 404 : 500 },
    );
  }
}
