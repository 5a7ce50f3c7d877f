import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";
import { API_ENDPOINTS } from "@/lib/server/api/endpoints";
import { openApiDocument } from "@/lib/server/api/openapi";
import { serveApi } from "@/lib/server/api/serve-api";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";

/**
 * The API test client: each call goes through the router and its answer is checked against
 * openapi.json (the contract test of every api-v1*.test.ts file).
 */

// The document every response is checked against, compiled once.
export const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "claimdesk", components: document.components }, "claimdesk");

/** "METHOD /path" of every endpoint that answered with success in this test file. */
export const exercised = new Set<string>();

export interface Call {
  status: number;
  headers: Headers;
  /** The JSON answer; empty for a file. */
  body: Record<string, unknown> & { items?: Record<string, unknown>[] };
  /** The answer's bytes as sent (a file's content). */
  bytes: Buffer;
}

/** One request through the API's router, as the catch-all route hands it over. */
export async function api(
  token: string | null,
  method: string,
  pathAndQuery: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Call> {
  const url = new URL(`http://127.0.0.1/api/v1${pathAndQuery}`);
  const actualPath = url.pathname.slice("/api/v1".length);
  const response = await serveApi(
    new Request(url, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    actualPath,
  );
  const bytes = Buffer.from(await response.arrayBuffer());
  const schema = documentedSchema(method, actualPath, response.status, response.headers);
  const file = schema !== undefined && isBinary(schema);
  const text = bytes.toString("utf8");
  const call: Call = {
    status: response.status,
    headers: response.headers,
    body: file || !text ? {} : JSON.parse(text),
    bytes,
  };
  if (process.env.API_DEBUG && call.status >= 400) console.log(method, pathAndQuery, JSON.stringify(call.body));
  if (schema !== undefined) {
    const check = ajv.compile(relinked(schema));
    const answer = file ? bytes.toString("latin1") : call.body;
    expect(check(answer), `${method} ${actualPath} ${call.status}: ${ajv.errorsText(check.errors)}`).toBe(true);
    if (call.status < 300) exercised.add(endpointOf(method, actualPath)!);
  }
  return call;
}

function endpointOf(method: string, actualPath: string): string | undefined {
  const endpoint = API_ENDPOINTS.find(
    (candidate) =>
      candidate.method === method && new RegExp(`^${candidate.path.replace(/\{\w+\}/g, "[^/]+")}$`).test(actualPath),
  );
  return endpoint && `${endpoint.method} ${endpoint.path}`;
}

/**
 * What openapi.json says an answer of this operation, status and media type looks like: the
 * success schema, or a problem. Fails the test when the document does not list the answer.
 */
function documentedSchema(method: string, actualPath: string, status: number, headers: Headers): object | undefined {
  const endpoint = endpointOf(method, actualPath);
  if (!endpoint) return undefined;
  const template = endpoint.slice(method.length + 1);
  const operation = (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[
    template
  ]![method.toLowerCase()]!;
  const response = (operation.responses[String(status)] ?? (status < 300 ? undefined : operation.responses.default)) as
    { content: Record<string, { schema: object }> } | undefined;
  expect(response, `${endpoint} answered ${status}, which the document does not list`).toBeDefined();
  const contentType = headers.get("content-type")!.split(";")[0]!;
  const schema = response!.content[contentType]?.schema;
  expect(schema, `${endpoint}: no ${contentType} response documented`).toBeDefined();
  return schema;
}

/** A file's content (OpenAPI's binary string), not JSON to parse. */
function isBinary(schema: object): boolean {
  return "format" in schema && schema.format === "binary";
}

/** The document's references (#/components/…) resolved through the schema registered as "claimdesk". */
function relinked(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"claimdesk#/components/'));
}

export async function tokenFor(admin: Member, role: Role, name = `${role} token`) {
  return createApiToken(admin, { name, role, expiresOn: null });
}
