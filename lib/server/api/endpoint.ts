import type { z } from "zod";
import type { Member } from "@/lib/auth/member";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

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
  R extends z.ZodType = z.ZodType,
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
  response: R;
  status?: 200 | 201 | 202;
  run(member: Member, input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> }): Promise<z.input<R>>;
  /** On a stale version (409): the resource as it is now, for the caller to merge and retry. */
  current?(member: Member, input: { params: z.output<P> }): Promise<unknown>;
}

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<
  P extends z.ZodType = z.ZodObject<Record<string, never>>,
  Q extends z.ZodType = z.ZodObject<Record<string, never>>,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
>(endpoint: ApiEndpoint<P, Q, B, R>): ApiEndpoint {
  return endpoint as unknown as ApiEndpoint;
}
