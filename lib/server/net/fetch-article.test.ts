import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleFetchError, fetchArticleFromUrl } from "@/lib/server/net/fetch-article";

const arabicPage = readFileSync(fileURLToPath(new URL("./fixtures/arabic-article.html", import.meta.url)));
const englishBody = Array(6).fill("The minister's figure of 12% was taken from a 2019 report.").join(" ");

/** path -> [content-type or null, body] */
const routes: Record<string, [string | null, Buffer]> = {
  "/arabic": ["text/html", arabicPage], // charset only in <meta charset>
  "/latin1": [
    "text/html; charset=iso-8859-1",
    Buffer.from(`<html><body><article><p>Café ${englishBody}</p></article></body></html>`, "latin1"),
  ],
  "/no-type": [null, Buffer.from(`<!doctype html><html><body><article><p>${englishBody}</p></article></body></html>`)],
  "/plain": ["text/plain; charset=utf-8", Buffer.from("First  paragraph\nwraps here.\n\n\nSecond paragraph.\n")],
  "/pdf": ["application/pdf", Buffer.from("%PDF-1.7\n...")],
  "/pdf-as-octets": ["application/octet-stream", Buffer.from("%PDF-1.4\n...")],
  "/image": ["image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  "/menu": [
    "text/html",
    Buffer.from(
      `<html><body><nav>${Array.from({ length: 20 }, (_, i) => `<a href="/${i}">Section ${i}</a>`).join(" ")}</nav></body></html>`,
    ),
  ],
};

let server: Server;
let base = "";
let allow: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (!route) {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      return;
    }
    const [contentType, body] = route;
    response.writeHead(200, contentType ? { "content-type": contentType } : {}).end(body);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allow = [`127.0.0.1:${port}`];
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(path: string, options = { allow }): Promise<ArticleFetchError> {
  try {
    await fetchArticleFromUrl(`${base}${path}`, options);
  } catch (error) {
    if (error instanceof ArticleFetchError) return error;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("fetchArticleFromUrl", () => {
  it("imports the Arabic page, decoding by <meta charset>", async () => {
    const article = await fetchArticleFromUrl(`${base}/arabic`, { allow });
    expect(article.mediaType).toBe("text/html");
    expect(article.lang).toBe("ar");
    expect(article.text.startsWith("أكّدت قوّات الأمن السورية الأربعاء")).toBe(true);
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("honours the charset in Content-Type", async () => {
    const article = await fetchArticleFromUrl(`${base}/latin1`, { allow });
    expect(article.text.startsWith("Café The minister's figure")).toBe(true);
  });

  it("sniffs HTML when Content-Type is missing", async () => {
    const article = await fetchArticleFromUrl(`${base}/no-type`, { allow });
    expect(article.mediaType).toBe("text/html");
  });

  it("takes text/plain as text, normalised into paragraphs", async () => {
    const article = await fetchArticleFromUrl(`${base}/plain`, { allow });
    expect(article.text).toBe("First paragraph wraps here.\n\nSecond paragraph.");
    expect(article.title).toBeNull();
  });

  it.each([
    ["/pdf", "PDF_NOT_SUPPORTED", /PDF/],
    ["/pdf-as-octets", "PDF_NOT_SUPPORTED", /PDF/],
    ["/image", "UNSUPPORTED_CONTENT", /not a web page/],
    ["/menu", "NO_ARTICLE_TEXT", /couldn't find article text/],
    ["/missing", "HTTP_ERROR", /HTTP 404/],
  ])("refuses %s with %s", async (path, code, message) => {
    const error = await failure(path);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("passes on fetch refusals as the same error type", async () => {
    const error = await failure("/arabic", { allow: [] });
    expect(error.code).toBe("FORBIDDEN_ADDRESS");
    expect(error.message).toMatch(/private or internal address/);
  });
});
