import { createHash } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FetchError, type FetchErrorCode } from "@/lib/server/net/fetch-error";
import { createSafeFetcher, DEFAULT_MAX_BYTES, safeFetch, USER_AGENT } from "@/lib/server/net/safe-fetch";

const ARTICLE = "<!doctype html><html><body><p>Hello, fact-checkers.</p></body></html>";
const CHUNK = Buffer.alloc(64 * 1024, "a");

interface Hit {
  path: string;
  host: string | undefined;
  userAgent: string | undefined;
}

/** Request log and the byte counts of endless responses, reset before each test. */
let hits: Hit[] = [];
let otherHits = 0;
let endlessBytesSent = 0;
let endlessClosed: Promise<void> = Promise.resolve();

function streamForever(response: ServerResponse): void {
  let resolveClosed: () => void = () => undefined;
  endlessClosed = new Promise((resolve) => (resolveClosed = resolve));
  response.on("close", resolveClosed);
  const pump = () => {
    while (!response.destroyed) {
      endlessBytesSent += CHUNK.length;
      if (!response.write(CHUNK)) {
        response.once("drain", pump);
        return;
      }
    }
  };
  pump();
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? "/";
  hits.push({ path, host: request.headers.host, userAgent: request.headers["user-agent"] });
  const redirect = /^\/redirect\/(\d+)$/.exec(path);
  if (redirect) {
    const left = Number(redirect[1]);
    response.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : "/article" }).end();
    return;
  }
  switch (path) {
    case "/article":
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
      return;
    case "/gzip":
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" })
        .end(gzipSync(ARTICLE));
      return;
    case "/gzip-bomb":
      // About 6 MB of zeros compress to a few kilobytes: the cap must apply after decoding.
      response
        .writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" })
        .end(gzipSync(Buffer.alloc(DEFAULT_MAX_BYTES + 1024 * 1024)));
      return;
    case "/bad-gzip":
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end("not gzip at all");
      return;
    case "/to-metadata":
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      return;
    case "/to-other-port":
      response.writeHead(302, { location: `http://127.0.0.1:${otherPort}/secret` }).end();
      return;
    case "/to-file":
      response.writeHead(302, { location: "file:///etc/passwd" }).end();
      return;
    case "/to-internal-name":
      response.writeHead(302, { location: "http://internal.example.com/" }).end();
      return;
    case "/huge-declared":
      // Claims 50 MB, sends one chunk and then stalls: only the header can fail this fast.
      endlessBytesSent = CHUNK.length;
      response.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      response.write(CHUNK);
      return;
    case "/huge-chunked":
      response.writeHead(200, { "content-type": "text/html" });
      streamForever(response);
      return;
    case "/never":
      return; // never answers
    default:
      response.writeHead(404).end();
  }
}

let server: Server;
let other: Server;
let port = 0;
let otherPort = 0;

async function listen(target: Server): Promise<number> {
  target.listen(0, "127.0.0.1");
  await once(target, "listening");
  return (target.address() as AddressInfo).port;
}

async function shutDown(target: Server): Promise<void> {
  target.closeAllConnections();
  await new Promise<void>((resolve, reject) => target.close((error) => (error ? reject(error) : resolve())));
}

beforeAll(async () => {
  server = createServer(handle);
  other = createServer((_request, response) => {
    otherHits += 1;
    response.end("internal secret");
  });
  port = await listen(server);
  otherPort = await listen(other);
});

afterAll(async () => {
  await Promise.all([shutDown(server), shutDown(other)]);
});

beforeEach(() => {
  hits = [];
  otherHits = 0;
  endlessBytesSent = 0;
});

async function failureCode(promise: Promise<unknown>): Promise<FetchErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error.code;
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

function base(): string {
  return `http://127.0.0.1:${port}`;
}

function allowed() {
  return createSafeFetcher({ allow: [`127.0.0.1:${port}`], timeoutMs: 5_000 });
}

describe("safeFetch against a local fixture server", () => {
  it("refuses the loopback server with default settings", async () => {
    expect(await failureCode(safeFetch(`${base()}/article`))).toBe("FORBIDDEN_ADDRESS");
    expect(hits).toHaveLength(0);
  });

  it("fetches it when that exact host:port is allowlisted, with our User-Agent and a correct sha256", async () => {
    const result = await allowed()(`${base()}/article`);
    expect(result.status).toBe(200);
    expect(result.contentType).toBe("text/html; charset=utf-8");
    expect(result.body.toString("utf8")).toBe(ARTICLE);
    expect(result.sha256).toBe(createHash("sha256").update(ARTICLE).digest("hex"));
    expect(result.finalUrl).toBe(`${base()}/article`);
    expect(hits[0]?.userAgent).toBe(USER_AGENT);
  });

  it("returns non-2xx responses for the caller to judge", async () => {
    const result = await allowed()(`${base()}/missing`);
    expect(result.status).toBe(404);
  });

  it("decodes gzip bodies and hashes the decoded bytes", async () => {
    const result = await allowed()(`${base()}/gzip`);
    expect(result.body.toString("utf8")).toBe(ARTICLE);
    expect(result.sha256).toBe(createHash("sha256").update(ARTICLE).digest("hex"));
  });

  it("reports a damaged compressed body as a network error with a readable message", async () => {
    const error = await allowed()(`${base()}/bad-gzip`).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe("NETWORK");
    expect((error as FetchError).message).toMatch(/damaged response/);
  });

  it("follows a chain of 3 redirects", async () => {
    const result = await allowed()(`${base()}/redirect/3`);
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${base()}/article`);
    expect(hits.map((hit) => hit.path)).toEqual(["/redirect/3", "/redirect/2", "/redirect/1", "/article"]);
  });

  it("refuses a chain of 4 redirects", async () => {
    expect(await failureCode(allowed()(`${base()}/redirect/4`))).toBe("TOO_MANY_REDIRECTS");
    expect(hits.map((hit) => hit.path)).not.toContain("/article");
  });

  it("refuses a redirect to the cloud metadata address", async () => {
    expect(await failureCode(allowed()(`${base()}/to-metadata`))).toBe("FORBIDDEN_ADDRESS");
  });

  it("refuses a redirect to another loopback port that is not allowlisted", async () => {
    expect(await failureCode(allowed()(`${base()}/to-other-port`))).toBe("FORBIDDEN_ADDRESS");
    expect(otherHits).toBe(0);
  });

  it("refuses a redirect to a file: URL", async () => {
    expect(await failureCode(allowed()(`${base()}/to-file`))).toBe("UNSUPPORTED_SCHEME");
  });

  it("checks the DNS answer for a redirect target, too", async () => {
    const fetcher = createSafeFetcher({
      allow: [`127.0.0.1:${port}`],
      lookup: async () => [{ address: "10.0.0.7", family: 4 }],
    });
    expect(await failureCode(fetcher(`${base()}/to-internal-name`))).toBe("FORBIDDEN_ADDRESS");
  });

  it("fails fast with TOO_LARGE when Content-Length is over the cap", async () => {
    const started = Date.now();
    expect(await failureCode(allowed()(`${base()}/huge-declared`))).toBe("TOO_LARGE");
    // The server stalls after one chunk, so reaching here before the 5 s timeout proves the header decided.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("stops reading an endless body without Content-Length at the cap", async () => {
    expect(await failureCode(allowed()(`${base()}/huge-chunked`))).toBe("TOO_LARGE");
    // The body never ends, so finishing at all shows we stopped; the server sees the connection close.
    await endlessClosed;
    // Socket buffers hold a few megabytes at most, nowhere near what an unbounded read would take.
    expect(endlessBytesSent).toBeLessThan(DEFAULT_MAX_BYTES * 4);
  });

  it("applies the cap to decoded bytes (gzip bomb)", async () => {
    expect(await failureCode(allowed()(`${base()}/gzip-bomb`))).toBe("TOO_LARGE");
  });

  it("times out a server that never answers", async () => {
    const fetcher = createSafeFetcher({ allow: [`127.0.0.1:${port}`], timeoutMs: 300 });
    expect(await failureCode(fetcher(`${base()}/never`))).toBe("TIMEOUT");
  });

  it("times out a resolver that never answers", async () => {
    const fetcher = createSafeFetcher({ timeoutMs: 300, lookup: () => new Promise(() => undefined) });
    expect(await failureCode(fetcher("http://slow-dns.example.com/"))).toBe("TIMEOUT");
  });

  it("reports DNS failures", async () => {
    const notFound = Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    const failing = createSafeFetcher({ lookup: () => Promise.reject(notFound) });
    expect(await failureCode(failing("http://no-such-host.example.com/"))).toBe("DNS_FAILED");
    const empty = createSafeFetcher({ lookup: async () => [] });
    expect(await failureCode(empty("http://no-such-host.example.com/"))).toBe("DNS_FAILED");
  });
});

describe("DNS checks and pinning", () => {
  it("refuses a name when any of its addresses is forbidden", async () => {
    const fetcher = createSafeFetcher({
      lookup: async () => [
        { address: "93.184.215.14", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
    });
    expect(await failureCode(fetcher(`http://mixed.example.com:${port}/article`))).toBe("FORBIDDEN_ADDRESS");
    expect(hits).toHaveLength(0);
  });

  it("refuses names that resolve to private addresses, e.g. 127.0.0.1.nip.io", async () => {
    const fetcher = createSafeFetcher({ lookup: async () => [{ address: "127.0.0.1", family: 4 }] });
    expect(await failureCode(fetcher(`http://127.0.0.1.nip.io:${port}/article`))).toBe("FORBIDDEN_ADDRESS");
    expect(hits).toHaveLength(0);
  });

  it("connects to the checked address even when DNS later answers differently (rebinding)", async () => {
    // First answer: a public address (checked and allowed). Every later answer: the loopback
    // fixture. A fetcher that resolved again at connect time would reach the fixture server.
    let calls = 0;
    const rebinding = async () => {
      calls += 1;
      return [{ address: calls === 1 ? "93.184.215.14" : "127.0.0.1", family: 4 }];
    };
    const fetcher = createSafeFetcher({ lookup: rebinding, timeoutMs: 500 });
    const code = await failureCode(fetcher(`http://rebind.example.com:${port}/article`));
    // No internet in tests: connecting to the pinned public address fails or times out.
    expect(["NETWORK", "TIMEOUT"]).toContain(code);
    expect(hits).toHaveLength(0);
    expect(calls).toBe(1);
  });

  it("keeps the hostname for the Host header while connecting to the pinned address", async () => {
    let calls = 0;
    const rebinding = async () => {
      calls += 1;
      return [{ address: calls === 1 ? "127.0.0.1" : "10.0.0.1", family: 4 }];
    };
    const fetcher = createSafeFetcher({ allow: [`127.0.0.1:${port}`], lookup: rebinding });
    const result = await fetcher(`http://pinned.example.com:${port}/redirect/2`);
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`http://pinned.example.com:${port}/article`);
    expect(hits.map((hit) => hit.host)).toEqual(Array(3).fill(`pinned.example.com:${port}`));
    expect(calls).toBe(1);
  });
});
