import "server-only";
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks/webhook-events";
import { ZApiProblem } from "@/lib/schemas/api/resources";
import { WEBHOOK_MESSAGE_SCHEMAS } from "@/lib/schemas/api/webhook-messages";
import { isFileResponse, type ApiEndpoint, type ApiFileResponse } from "./endpoint";
import { API_ENDPOINTS } from "./endpoints";
import { PROBLEM_STATUS, problemTitles } from "./problem";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the endpoints' own zod schemas (zod's
 * JSON Schema output is draft 2020-12, which OpenAPI 3.1 uses as is). Schemas named with
 * `.meta({ id })` become components, referenced wherever they recur. Nothing here is written
 * by hand but the prose.
 */
export function openApiDocument(endpoints: readonly ApiEndpoint[] = API_ENDPOINTS): Record<string, unknown> {
  const components: Record<string, JsonSchema> = {};
  const schemaOf = (schema: z.ZodType, io: "input" | "output") => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
    const { $schema: _dialect, $defs, ...rest } = json;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>))
      components[name] = relink(definition) as JsonSchema;
    return relink(rest) as JsonSchema;
  };
  const problemRef = schemaOf(ZApiProblem, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const operation: Record<string, unknown> = {
      operationId: endpoint.operationId,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      description: [endpoint.description, `Permission: \`${endpoint.permission}\`.`].filter(Boolean).join("\n\n"),
      parameters: [...parameters(endpoint.params, "path", schemaOf), ...parameters(endpoint.query, "query", schemaOf)],
      ...(endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: schemaOf(endpoint.body, "input") } },
            },
          }
        : {}),
      responses: {
        [String(endpoint.status ?? 200)]: isFileResponse(endpoint.response)
          ? fileResponseObject(endpoint.response)
          : {
              description: "OK",
              content: { "application/json": { schema: schemaOf(endpoint.response, "output") } },
            },
        default: {
          description: "An RFC 9457 problem: see the error codes in the API description.",
          content: { "application/problem+json": { schema: problemRef } },
        },
      },
    };
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation;
  }
  const webhooks = Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(".", "_")}`,
          tags: ["Webhooks"],
          summary: `The ${type} event`,
          description: WEBHOOK_DESCRIPTION,
          parameters: WEBHOOK_HEADERS,
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaOf(WEBHOOK_MESSAGE_SCHEMAS[type], "output") } },
          },
          responses: { "2XX": { description: "Received. Any other answer is retried later." } },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "ClaimDesk API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/api/v1" }],
    security: [{ bearer: [] }],
    tags: [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    webhooks,
    components: {
      schemas: components,
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description:
            "A team API token (admins create them on the team page or with `npm run admin -- create-token`).",
        },
      },
    },
  };
}

/** A download: the file's bytes under each media type it can have, named by Content-Disposition. */
function fileResponseObject(response: ApiFileResponse): Record<string, unknown> {
  return {
    description: response.description,
    headers: {
      "Content-Disposition": {
        description: "`attachment`, with the file's name (`filename`, and `filename*` in UTF-8).",
        schema: { type: "string" },
      },
    },
    content: Object.fromEntries(
      response.mediaTypes.map((mediaType) => [
        mediaType,
        { schema: { type: "string", format: "binary", contentMediaType: mediaType } },
      ]),
    ),
  };
}

/** Path and query parameters, one per property of the endpoint's object schema. */
function parameters(
  schema: z.ZodType | undefined,
  where: "path" | "query",
  schemaOf: (schema: z.ZodType, io: "input" | "output") => JsonSchema,
): Record<string, unknown>[] {
  if (!schema) return [];
  const json = schemaOf(schema, "input");
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    schema: property,
  }));
}

/** zod's local references (#/$defs/X) pointed at the document's components. */
function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === "$ref" && typeof inner === "string"
        ? [key, inner.replace("#/$defs/", "#/components/schemas/")]
        : [key, relink(inner)],
    ),
  );
}

const WEBHOOK_DESCRIPTION =
  "Sent to the team's endpoints that subscribed to this event (team page → Webhooks), signed per the Standard Webhooks specification: verify `webhook-signature` with the endpoint's secret and a Standard Webhooks library before trusting the body, and drop a `webhook-id` already processed. A non-2xx answer, a redirect or no answer within 10 s is retried for about a day (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h).";

const WEBHOOK_HEADERS = [
  ["webhook-id", "The message's id: the same on retries and redeliveries."],
  ["webhook-timestamp", "Seconds since the Unix epoch when this attempt was signed."],
  ["webhook-signature", "`v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the endpoint's secret."],
].map(([name, description]) => ({ name, in: "header", required: true, description, schema: { type: "string" } }));

const DESCRIPTION = [
  "The REST API of a ClaimDesk team: the same use cases and the same permission table as the app's pages.",
  "",
  "**Authentication.** `Authorization: Bearer <token>` with a team API token. A token acts in its team with the lower of its role ceiling and its creator's current role; every change it makes is recorded in the audit log under the token.",
  "",
  "**Rate limits.** Each token has a budget per minute, announced in `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`; past it, 429 with `Retry-After`.",
  "",
  "**Pages.** Lists are keyset-paginated: pass the `next` of a page as `cursor` to get the following one; `next` is null on the last page.",
  "",
  "**Concurrent edits.** Changes carry the `version` you read; if someone changed the resource since, the answer is 409 `STALE_VERSION` with the resource as it is now in `current`.",
  "",
  "**Errors** are `application/problem+json` (RFC 9457) with a `code`:",
  "",
  ...Object.entries(PROBLEM_STATUS).map(
    ([code, status]) =>
      `- <a id="problem-${code}"></a>\`${code}\` (${status}): ${problemTitles[code as keyof typeof problemTitles]}`,
  ),
].join("\n");
