import { openApiDocument } from "@/lib/server/api/openapi";

let document: Record<string, unknown> | null = null;

/** GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas. Public. */
export function GET(): Response {
  document ??= openApiDocument();
  return Response.json(document, { headers: { "cache-control": "public, max-age=300" } });
}
