import "server-only";
import { createHash } from "node:crypto";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { pipeline, Transform, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { Agent, errors as undiciErrors, request } from "undici";
import { FetchError } from "@/lib/server/net/fetch-error";
import {
  assertFetchableUrl,
  bareHostname,
  effectivePort,
  isAddressAllowed,
  isIpLiteralHost,
  parseAllowList,
  readAllowListFromEnv,
  type AllowRule,
} from "@/lib/server/net/ssrf-guard";

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 3;
export const USER_AGENT = "ClaimDesk/0.1 (+fact-checking)";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a hostname to every address it has. Injectable so tests can simulate DNS rebinding. */
export type HostResolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Loopback exceptions ("127.0.0.1:8080", "127.0.0.0/8"); defaults to SSRF_ALLOWLIST. */
  allow?: readonly string[];
  lookup?: HostResolver;
  /** Budget for the whole fetch: DNS, every redirect hop and the body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** A POST (webhooks) sends `body` with `headers` and answers a redirect as it is, never following it. */
  post?: { body: string; headers: Readonly<Record<string, string>> };
}

export interface SafeFetchResult {
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Buffer;
  /** Never true: an oversized body throws TOO_LARGE rather than returning a partial page. */
  truncated?: false;
  /** Hex SHA-256 of `body`, so a stored copy can prove what was fetched. */
  sha256: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const defaultResolver: HostResolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Fetches a user-supplied URL without letting it reach internal services.
 *
 * Every hop is checked before any byte is sent: scheme, port and host by assertFetchableUrl,
 * then every DNS answer (one forbidden address refuses the host, since the OS could pick it).
 * The connection is then pinned to the checked addresses: undici's connector gets a `lookup`
 * that answers from that table instead of asking DNS again, so a rebinding DNS server can't
 * swap in 127.0.0.1 between check and connect. Because the URL keeps its hostname, the Host
 * header, TLS SNI and certificate validation all still use the real name.
 */
export async function safeFetch(url: string | URL, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const allow = options.allow ?? readAllowListFromEnv();
  const allowRules = parseAllowList(allow);
  const resolver = options.lookup ?? defaultResolver;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;

  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const pinned = new Map<string, readonly ResolvedAddress[]>();
  const agent = new Agent({ connect: { lookup: pinnedLookup(pinned) } });

  try {
    let current = assertFetchableUrl(url, { allow });
    for (let redirects = 0; ; redirects += 1) {
      if (!isIpLiteralHost(current)) {
        await pinHost(current, allowRules, resolver, pinned, deadline.signal);
      }
      const response = await request(current, {
        dispatcher: agent,
        signal: deadline.signal,
        ...(options.post
          ? {
              method: "POST" as const,
              body: options.post.body,
              headers: { ...options.post.headers, "user-agent": USER_AGENT, "accept-encoding": "gzip, deflate, br" },
            }
          : {
              method: "GET" as const,
              headers: {
                "user-agent": USER_AGENT,
                accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
                "accept-encoding": "gzip, deflate, br",
              },
            }),
      });
      const location = headerValue(response.headers["location"]);
      if (REDIRECT_STATUSES.has(response.statusCode) && location && !options.post) {
        discard(response.body);
        if (redirects >= maxRedirects) throw new FetchError("TOO_MANY_REDIRECTS");
        current = nextHop(location, current, allow);
        continue;
      }
      const body = await readCappedBody(response.body, response.headers, maxBytes);
      return {
        finalUrl: current.toString(),
        status: response.statusCode,
        contentType: headerValue(response.headers["content-type"]) ?? null,
        body,
        sha256: createHash("sha256").update(body).digest("hex"),
      };
    }
  } catch (error) {
    throw toFetchError(error, deadline.signal);
  } finally {
    clearTimeout(timer);
    // destroy, not close: a refused or oversized response may still have bytes in flight.
    agent.destroy().catch(() => undefined);
  }
}

export type SafeFetcher = (url: string | URL, overrides?: SafeFetchOptions) => Promise<SafeFetchResult>;

/** A fetcher with fixed settings, e.g. `createSafeFetcher({ allow: ["127.0.0.1:4000"] })` in tests. */
export function createSafeFetcher(defaults: SafeFetchOptions = {}): SafeFetcher {
  return (url: string | URL, overrides: SafeFetchOptions = {}) => safeFetch(url, { ...defaults, ...overrides });
}

function nextHop(location: string, from: URL, allow: readonly string[]): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch (error) {
    throw new FetchError("INVALID_URL", "The website redirected to an invalid address.", { cause: error });
  }
  return assertFetchableUrl(target, { allow });
}

async function pinHost(
  url: URL,
  allowRules: readonly AllowRule[],
  resolver: HostResolver,
  pinned: Map<string, readonly ResolvedAddress[]>,
  signal: AbortSignal,
): Promise<void> {
  const hostname = bareHostname(url).toLowerCase();
  let addresses = pinned.get(hostname);
  if (!addresses) {
    try {
      addresses = await abortable(resolver(hostname), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new FetchError("DNS_FAILED", undefined, { cause: error });
    }
    if (addresses.length === 0) throw new FetchError("DNS_FAILED");
    pinned.set(hostname, addresses);
  }
  // Checked per hop, not per name: allowlist entries are host:port, and the port may change.
  const port = effectivePort(url);
  if (!addresses.every((entry) => isAddressAllowed(entry.address, port, allowRules))) {
    throw new FetchError("FORBIDDEN_ADDRESS");
  }
}

/** The connector's DNS: answers only from the addresses already checked for this fetch. */
function pinnedLookup(pinned: ReadonlyMap<string, readonly ResolvedAddress[]>): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
    const addresses = (pinned.get(hostname.replace(/\.+$/, "").toLowerCase()) ?? []).filter(
      (entry) => family === 0 || entry.family === family,
    );
    const first = addresses[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`No checked address for ${hostname}`);
      error.code = "ENOTFOUND";
      callback(error, "", 0);
      return;
    }
    if (lookupOptions.all) {
      // Node's happy-eyeballs path asks for all; every one of them has been checked.
      (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(
        null,
        addresses.map((entry) => ({ address: entry.address, family: entry.family })),
      );
      return;
    }
    callback(null, first.address, first.family);
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function decoderFor(encoding: string | undefined) {
  switch ((encoding ?? "identity").trim().toLowerCase()) {
    case "identity":
    case "":
      return null;
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      throw new FetchError("NETWORK", "The website sent the page in a format we can't read.");
  }
}

class BodyTooLarge extends Error {}

/** Drops a body we won't read. undici reports the abort as an error event, which is expected here. */
function discard(body: Readable): void {
  body.on("error", () => undefined);
  body.destroy();
}

/**
 * Streams the body into memory, stopping at `maxBytes` of wire bytes or of decoded bytes
 * (a small gzip can expand enormously). A declared Content-Length over the cap fails before
 * reading anything.
 */
async function readCappedBody(
  body: Readable,
  headers: Record<string, string | string[] | undefined>,
  maxBytes: number,
): Promise<Buffer> {
  const declared = Number(headerValue(headers["content-length"]));
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(body);
    throw new FetchError("TOO_LARGE");
  }
  let decoder: ReturnType<typeof decoderFor>;
  try {
    decoder = decoderFor(headerValue(headers["content-encoding"]));
  } catch (error) {
    discard(body);
    throw error;
  }
  let wireBytes = 0;
  const wireLimit = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      wireBytes += chunk.length;
      callback(wireBytes > maxBytes ? new BodyTooLarge() : null, chunk);
    },
  });
  const ignore = () => undefined;
  const source: Readable = decoder ? pipeline(body, wireLimit, decoder, ignore) : pipeline(body, wireLimit, ignore);

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw new BodyTooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    discard(body);
    if (error instanceof BodyTooLarge) throw new FetchError("TOO_LARGE");
    throw error;
  }
  return Buffer.concat(chunks, total);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function toFetchError(error: unknown, deadline: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  if (deadline.aborted) return new FetchError("TIMEOUT", undefined, { cause: error });
  if (
    error instanceof undiciErrors.ConnectTimeoutError ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError
  ) {
    return new FetchError("TIMEOUT", undefined, { cause: error });
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("Z_")) {
    return new FetchError("NETWORK", "The website sent a damaged response that can't be read.", { cause: error });
  }
  return new FetchError("NETWORK", undefined, { cause: error });
}
