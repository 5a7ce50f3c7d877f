/**
 * A web site on loopback for the tests that fetch pages (capture, import by URL): each test sets
 * the answer of its own paths. Registers its own start and stop with the test file's hooks.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export interface FixturePage {
  status: number;
  type: string;
  body: string | Buffer;
}

export interface FixtureSite {
  /** What each path answers; unknown paths answer 404. */
  pages: Map<string, FixturePage>;
  /** `http://127.0.0.1:<port>`, set once the site listens. */
  base: string;
  /** A host:port nothing listens on: connections are refused, as from a host that is down. */
  refusedHost: string;
  /** Requests answered so far. */
  requests: number;
  /** Serves an HTML page at `path`. */
  serveHtml(path: string, html: string, status?: number): void;
}

/**
 * Starts the site before the file's tests and stops it after. With `allowInSsrfGuard`, the site
 * and the refused host are reachable through SSRF_ALLOWLIST (restored afterwards); otherwise
 * callers pass the host to the fetcher themselves.
 */
export function loopbackSite({ allowInSsrfGuard = false } = {}): FixtureSite {
  let server: Server;
  let previousAllowList: string | undefined;
  const site: FixtureSite = {
    pages: new Map(),
    base: "",
    refusedHost: "",
    requests: 0,
    serveHtml(path, html, status = 200) {
      site.pages.set(path, { status, type: "text/html; charset=utf-8", body: html });
    },
  };
  beforeAll(async () => {
    server = createServer((request, response) => {
      site.requests += 1;
      const page = site.pages.get(request.url ?? "");
      response.statusCode = page?.status ?? 404;
      response.setHeader("content-type", page?.type ?? "text/plain");
      response.end(page?.body ?? "not found");
    });
    site.base = `http://127.0.0.1:${await listen(server)}`;
    const closed = createServer();
    site.refusedHost = `127.0.0.1:${await listen(closed)}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    if (allowInSsrfGuard) {
      previousAllowList = process.env.SSRF_ALLOWLIST;
      process.env.SSRF_ALLOWLIST = `${new URL(site.base).host},${site.refusedHost}`;
    }
  });
  afterAll(async () => {
    if (allowInSsrfGuard) process.env.SSRF_ALLOWLIST = previousAllowList;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return site;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** An article page as a news site would serve it: a title and one paragraph per line of `text`. */
export function articlePageHtml(title: string, text: string, lang = "ar"): string {
  const paragraphs = text
    .split("\n")
    .filter(Boolean)
    .map((line) => `<p>${line}</p>`)
    .join("");
  return `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}
