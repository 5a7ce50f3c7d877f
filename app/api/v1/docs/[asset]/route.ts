import { readFile } from "node:fs/promises";
import path from "node:path";

/** The renderer's files, read from the installed swagger-ui-dist package, and the page's own start-up script. */
const ASSETS: Record<string, string> = {
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "swagger-ui.css": "text/css; charset=utf-8",
};

/** Starts Swagger UI on the document; no calls to swagger.io's validator or anywhere else. */
const REFERENCE_JS = `window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#reference",
  validatorUrl: null,
  deepLinking: true,
  persistAuthorization: false,
  tryItOutEnabled: false,
});
`;

export async function GET(_request: Request, { params }: { params: Promise<{ asset: string }> }): Promise<Response> {
  const { asset } = await params;
  const headers = { "cache-control": "public, max-age=3600" };
  if (asset === "reference.js")
    return new Response(REFERENCE_JS, { headers: { ...headers, "content-type": "text/javascript; charset=utf-8" } });
  const type = ASSETS[asset];
  if (!type) return new Response("Not found", { status: 404 });
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset));
  return new Response(body, { headers: { ...headers, "content-type": type } });
}
