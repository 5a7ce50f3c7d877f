import { serveApi } from "@/lib/server/api/serve-api";

/** The REST API: every /api/v1 operation is declared in lib/server/api/endpoints and served by serveApi. */
async function handle(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  return serveApi(request, `/${(await params).path.join("/")}`);
}

export { handle as GET, handle as POST, handle as PATCH, handle as DELETE, handle as PUT };
