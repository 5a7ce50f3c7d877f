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

createServer((request, response) => {
  if (request.url === "/health") return response.end("ok");
  const body = PAGES[request.url ?? ""];
  response.statusCode = body ? 200 : 404;
  response.setHeader("content-type", body ? "text/html; charset=utf-8" : "text/plain");
  response.end(body ?? "not found");
}).listen(port, "127.0.0.1");
