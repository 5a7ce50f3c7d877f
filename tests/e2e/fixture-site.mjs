// A stand-in for the outside web in browser tests: a few news pages on 127.0.0.1 that the
// app may fetch only because the test server's SSRF_ALLOWLIST names this exact host:port.
import { createServer } from "node:http";

const port = Number(process.env.FIXTURE_PORT);
const page = (lang, site, title, paragraphs) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${site}"></head>` +
  `<body><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join("")}</article></body></html>`;

const PAGES = {
  "/ultra-syria/harem-camp": page("ar", "Ultra Syria", "مقتل وجرح مقاتلين فرنسيين وعناصر أمن في محيط مخيم حارم", [
    "أفادت مصادر محلية بسقوط قتلى وجرحى في صفوف المقاتلين الفرنسيين وعناصر الأمن الداخلي خلال الاشتباكات في محيط المخيم غرب إدلب.",
    "وقالت المصادر إن الاشتباكات استمرت حتى ساعات الفجر، وإن سيارات الإسعاف نقلت عدداً من المصابين إلى مستشفيات المنطقة.",
  ]),
  "/afp/harem-no-casualties": page(
    "en",
    "AFP",
    "Syrian forces surround French jihadist camp in Idlib, no casualties confirmed",
    [
      "Syrian security forces surrounded a camp housing French jihadists in Idlib province on Wednesday, a security source told AFP.",
      "No casualties had been confirmed by the evening, the source said, adding that negotiations with the group were continuing.",
    ],
  ),
};

/** Pages a test takes down (GET /<path>/remove), to see a captured page go. */
const removed = new Set();

/**
 * Webhook receivers: POST /hooks/<name> is kept (headers and body as received) and answered with
 * the status set by GET /hooks/<name>/answer/<status> (200 until then); GET /hooks/<name> lists them.
 */
const hooks = new Map();
const hookOf = (name) => hooks.get(name) ?? hooks.set(name, { answer: 200, received: [] }).get(name);

createServer((request, response) => {
  if (request.url === "/health") return response.end("ok");
  const url = request.url ?? "";
  const hook = /^\/hooks\/([a-z0-9-]+)(?:\/answer\/(\d{3}))?$/.exec(url);
  if (hook && request.method === "POST") {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const receiver = hookOf(hook[1]);
      receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = receiver.answer;
      response.end("received");
    });
    return;
  }
  if (hook) {
    if (hook[2]) hookOf(hook[1]).answer = Number(hook[2]);
    response.setHeader("content-type", "application/json");
    return response.end(JSON.stringify(hookOf(hook[1]).received));
  }
  if (url.endsWith("/remove")) {
    removed.add(url.slice(0, -"/remove".length));
    return response.end("removed");
  }
  if (url === "/broken") {
    response.statusCode = 500;
    return response.end("Internal Server Error");
  }
  // Any /page/<slug> is a small English news page titled by its slug (a source each test can add anew).
  const slug = /^\/page\/([a-z0-9-]+)$/.exec(url)?.[1];
  if (slug && !removed.has(url)) {
    response.setHeader("content-type", "text/html; charset=utf-8");
    return response.end(
      page("en", "Fixture Wire", `Fixture page ${slug}`, [
        `A statement published as ${slug} for a browser test, long enough to be kept as the page's main text.`,
        "Officials said the operation continued overnight and that no further details would be given until morning.",
      ]),
    );
  }
  const body = PAGES[url];
  response.statusCode = body ? 200 : 404;
  response.setHeader("content-type", body ? "text/html; charset=utf-8" : "text/plain");
  response.end(body ?? "not found");
}).listen(port, "127.0.0.1");
