import "server-only";
import { z } from "zod";
import { toFailure } from "@/lib/auth/to-failure";
import type { Member } from "@/lib/auth/member";
import { withActingToken } from "@/lib/server/api-tokens/acting-token";
import { takeApiRateLimit, type ApiRateLimit } from "@/lib/server/api-tokens/api-rate-limit";
import { memberFromBearerToken } from "@/lib/server/api-tokens/bearer-member";
import { isFileResponse, type ApiEndpoint, type ApiFile } from "./endpoint";
import { API_ENDPOINTS } from "./endpoints";
import { problem, PROBLEM_STATUS, type ProblemCode } from "./problem";

/** A JSON body larger than this is refused before it is read whole. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

interface Route {
  endpoint: ApiEndpoint;
  pattern: RegExp;
  names: string[];
}

const ROUTES: Route[] = API_ENDPOINTS.map((endpoint) => {
  const names: string[] = [];
  const pattern = endpoint.path.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { endpoint, pattern: new RegExp(`^${pattern}$`), names };
});

/**
 * The whole REST API behind one catch-all route: finds the endpoint, authenticates the bearer
 * token, takes one request from its rate limit, parses path, query and body with the endpoint's
 * zod schemas, runs the use case as the token (audit events name it) and answers JSON (or, for
 * a file endpoint, the file as a download), or an RFC 9457 problem with the code the app's pages use.
 */
export async function serveApi(request: Request, path: string): Promise<Response> {
  try {
    return await route(request, path);
  } catch (error) {
    // Past the use case's own errors: the database gone mid-request, a broken body stream.
    const failed = await toFailure(error);
    return problem(failed.code === "UNAVAILABLE" ? "UNAVAILABLE" : "UNEXPECTED");
  }
}

async function route(request: Request, path: string): Promise<Response> {
  const candidates = ROUTES.flatMap((route) => {
    const match = route.pattern.exec(path);
    return match ? [{ route, values: match.slice(1) }] : [];
  });
  if (candidates.length === 0) return problem("NOT_FOUND", { detail: "No such endpoint." });
  const found = candidates.find(({ route }) => route.endpoint.method === request.method);
  if (!found)
    return problem(
      "METHOD_NOT_ALLOWED",
      {},
      { allow: candidates.map(({ route }) => route.endpoint.method).join(", ") },
    );

  const member = await memberFromBearerToken(request.headers.get("authorization"));
  if (!member) return problem("UNAUTHENTICATED", {}, { "www-authenticate": 'Bearer realm="ClaimDesk API"' });
  const limit = await takeApiRateLimit(member.tokenId!);
  const limitHeaders = rateLimitHeaders(limit);
  if (!limit.allowed)
    return problem("RATE_LIMITED", {}, { ...limitHeaders, "retry-after": String(limit.resetSeconds) });

  const { endpoint } = found.route;
  const input = await parseInput(
    request,
    endpoint,
    Object.fromEntries(found.route.names.map((name, i) => [name, decode(found.values[i]!)])),
  );
  if ("problem" in input) return withHeaders(input.problem, limitHeaders);
  try {
    const result = await withActingToken(member.tokenId!, () => endpoint.run(member, input.value));
    if (isFileResponse(endpoint.response)) return fileAnswer(result as ApiFile, endpoint.status ?? 200, limitHeaders);
    return Response.json(result, {
      status: endpoint.status ?? 200,
      headers: { ...limitHeaders, "cache-control": "no-store" },
    });
  } catch (error) {
    return withHeaders(await failure(error, endpoint, member, input.value), limitHeaders);
  }
}

type Parsed = { value: { params: unknown; query: unknown; body: unknown } } | { problem: Response };

async function parseInput(request: Request, endpoint: ApiEndpoint, rawParams: Record<string, string>): Promise<Parsed> {
  const errors: { path: string; message: string }[] = [];
  const parse = (schema: z.ZodType | undefined, raw: unknown, where: string) => {
    if (!schema) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      errors.push({ path: [where, ...issue.path.map(String)].join("."), message: issue.message });
    return undefined;
  };
  const params = parse(endpoint.params, rawParams, "path");
  const query = parse(endpoint.query, queryObject(new URL(request.url).searchParams), "query");
  let body: unknown;
  if (endpoint.body) {
    const raw = await readJson(request);
    if ("problem" in raw) return raw;
    body = parse(endpoint.body, raw.json, "body");
  }
  if (errors.length > 0) return { problem: problem("VALIDATION", { errors: errors.slice(0, 50) }) };
  return { value: { params, query, body } };
}

/** Query strings as objects; a repeated key keeps its first value. */
function queryObject(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of search) if (!(key in out)) out[key] = value;
  return out;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readJson(request: Request): Promise<{ json: unknown } | { problem: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) return { problem: problem("UNSUPPORTED_MEDIA_TYPE") };
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { problem: tooLarge() };
  const text = await readCapped(request, MAX_BODY_BYTES);
  if (text === null) return { problem: tooLarge() };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { problem: problem("VALIDATION", { errors: [{ path: "body", message: "Invalid JSON" }] }) };
  }
}

const tooLarge = () =>
  problem("VALIDATION", { errors: [{ path: "body", message: `Larger than ${MAX_BODY_BYTES} bytes` }] });

/** The body as text, or null as soon as it passes `max` bytes (a lying Content-Length included). */
async function readCapped(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function failure(
  error: unknown,
  endpoint: ApiEndpoint,
  member: Member,
  input: { params: unknown },
): Promise<Response> {
  const failed = await toFailure(error);
  const code = failed.code as ProblemCode;
  if (code === "STALE_VERSION" && endpoint.current) {
    const current = await endpoint.current(member, input).catch(() => undefined);
    return problem(code, { current });
  }
  const reason = failed.details?.reason;
  return problem(code in PROBLEM_STATUS ? code : "UNEXPECTED", reason === undefined ? {} : { reason });
}

/**
 * A file endpoint's answer: the bytes as a download, never rendered on this origin (an HTML
 * report stays an attachment, and nosniff keeps a browser to the declared type).
 */
function fileAnswer(file: ApiFile, status: number, headers: Record<string, string>): Response {
  return new Response(new Uint8Array(file.bytes), {
    status,
    headers: {
      ...headers,
      "content-type": file.contentType,
      "content-disposition": attachment(file.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

/** RFC 6266: an ASCII fallback name, and the exact name in RFC 8187 encoding. */
function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function rateLimitHeaders(limit: ApiRateLimit): Record<string, string> {
  return {
    "ratelimit-limit": String(limit.limit),
    "ratelimit-remaining": String(limit.remaining),
    "ratelimit-reset": String(limit.resetSeconds),
  };
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
