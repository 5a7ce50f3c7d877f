import type { z } from "zod";
import type { Member } from "@/lib/auth/member";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

/**
 * The answer of an endpoint that sends a file rather than JSON (a report, say): `fileResponse`
 * declares it in place of a response schema, with every media type the file can have, so the
 * reference documents each one. Such an endpoint's `run` returns an `ApiFile`.
 */
export interface ApiFileResponse {
  kind: "file";
  /** Media types without parameters ("text/csv"), as the document lists them. */
  mediaTypes: readonly string[];
  description: string;
}

/** What a file endpoint's `run` returns: serve-api sends the bytes as a download. */
export interface ApiFile {
  fileName: string;
  /** The full Content-Type, parameters included ("text/csv; charset=utf-8"). */
  contentType: string;
  bytes: Uint8Array;
}

export function fileResponse(description: string, mediaTypes: readonly string[]): ApiFileResponse {
  return { kind: "file", mediaTypes, description };
}

export function isFileResponse(response: z.ZodType | ApiFileResponse): response is ApiFileResponse {
  return "kind" in response && response.kind === "file";
}

/** What `run` resolves to: the response schema's input type, or a file. */
type Answer<R> = R extends ApiFileResponse ? ApiFile : R extends z.ZodType ? z.input<R> : never;

/**
 * One operation of the REST API, declared once: the router (serve-api.ts) matches, parses and
 * runs it, and openapi.ts documents it from the same zod schemas. `run` calls a use case of
 * lib/server (which asks the permission table itself) and returns the response schema's input
 * type, so the compiler holds the documentation to what the code returns.
 */
export interface ApiEndpoint<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType | ApiFileResponse = z.ZodType | ApiFileResponse,
> {
  method: HttpMethod;
  /** OpenAPI style, under /api/v1: "/claims/{claimId}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** The permission the use case asks for, shown in the documentation. */
  permission: string;
  params?: P;
  query?: Q;
  body?: B;
  /** A zod schema, answered as JSON; or `fileResponse(...)`, answered as the file's bytes. */
  response: R;
  status?: 200 | 201 | 202;
  run(member: Member, input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }): Promise<Answer<R>>;
  /** On a stale version (409): the resource as it is now, for the caller to merge and retry. */
  current?(member: Member, input: { params: z.output<P> }): Promise<unknown>;
}

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<
  P extends z.ZodType = z.ZodObject<Record<string, never>>,
  Q extends z.ZodType = z.ZodObject<Record<string, never>>,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType | ApiFileResponse = z.ZodType,
>(endpoint: ApiEndpoint<P, Q, B, R>): ApiEndpoint {
  return endpoint as unknown as ApiEndpoint;
}
