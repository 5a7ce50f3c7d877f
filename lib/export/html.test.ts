import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";

const report = buildReport(sampleReportInput());

describe("the report in the reader's language", () => {
  it("is English and left to right by default, the Arabic quotes right to left inside it", () => {
    const html = renderHtml(report);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Casualty report");
    expect(html).toContain("Rating scale and its ClaimReview mapping");
    expect(html).toMatch(/<blockquote lang="ar" dir="rtl">/);
    expect(renderMarkdown(report)).toContain("- Verdict: **Mixed**");
  });

  it("is Arabic and right to left when asked, verdicts by their Arabic names, counts in Arabic plural forms", () => {
    const html = renderHtml(report, { locale: "ar" });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("حصيلة ضحايا");
    expect(html).toContain("مختلط");
    expect(html).toContain("سلّم التقييم ومقابله في ClaimReview");
    expect(html).toMatch(/[3٣] ادعاءات/);
    expect(html).not.toContain("Casualty report");
    const markdown = renderMarkdown(report, { locale: "ar" });
    expect(markdown).toContain("- الحكم: **مختلط**");
    expect(markdown).not.toContain("Verdict");
  });

  it("isolates names, so an English outlet keeps its order in an Arabic line", () => {
    expect(renderHtml(report, { locale: "ar" })).toContain("تقرير ادعاءات من <bdi>Demo Newsroom</bdi>");
    expect(renderHtml(report)).toContain("Claim report by <bdi>Demo Newsroom</bdi>");
  });
});

describe("signatures and published keys in the report", () => {
  const keys = {
    keysUrl: "https://claimdesk.example/api/public/keys",
    verifyUrl: "https://claimdesk.example/verify",
    keys: [
      { fingerprint: "b".repeat(64), notBefore: "2026-11-01T00:00:00.000Z", notAfter: null },
      { fingerprint: "a".repeat(64), notBefore: "2026-01-01T00:00:00.000Z", notAfter: "2026-11-01T00:00:00.000Z" },
    ],
  };
  const signed = { ...report, signingKey: { id: "key-1", fingerprint: "b".repeat(64) } };

  it("names the signer with the key's fingerprint, and lists the team's keys with their validity in the footer", () => {
    const html = renderHtml(signed, { integrity: { sha256: "c".repeat(64) }, keys });
    expect(html).toContain(`Signed by <bdi>Demo Newsroom</bdi> with key <bdi dir="ltr">${"b".repeat(64)}</bdi>`);
    const footer = html.slice(html.indexOf('<footer class="report-keys">'));
    expect(footer).toContain("Signing keys of <bdi>Demo Newsroom</bdi>");
    expect(footer).toContain('<bdi dir="ltr">https://claimdesk.example/api/public/keys</bdi>');
    expect(footer).toContain('valid since <bdi dir="ltr">2026-11-01</bdi>, current');
    expect(footer).toContain('valid from <bdi dir="ltr">2026-01-01</bdi> to <bdi dir="ltr">2026-11-01</bdi>');
  });

  it("says it in Arabic in an Arabic report", () => {
    const html = renderHtml(signed, { integrity: { sha256: "c".repeat(64) }, keys, locale: "ar" });
    expect(html).toContain("مفاتيح التوقيع لدى <bdi>Demo Newsroom</bdi>");
    expect(html).toContain("وهو المفتاح الحالي");
  });
});

describe("JSON-LD in the page", () => {
  it("is a data block no value can break out of", () => {
    const html = renderHtml(report, { jsonLd: [{ claimReviewed: "</script><script>alert(1)</script> <!--" }] });
    const block = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!;
    expect(block).not.toContain("<");
    expect(JSON.parse(block)).toEqual([{ claimReviewed: "</script><script>alert(1)</script> <!--" }]);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("is left out when not asked for", () => {
    expect(renderHtml(report)).not.toContain("<script");
  });
});

describe("structured fields and corroboration in every format", () => {
  const input = sampleReportInput();
  const casualty = input.claims.find((claim) => claim.type === "CASUALTY_REPORT")!;
  const [firstSource] = casualty.evidence;
  for (const n of [1, 2, 3])
    casualty.evidence.push({
      ...firstSource!,
      sourceId: `repeat-${n}`,
      sourceTitle: `SOHR relayed by outlet ${n}`,
      originId: "entity-sohr-origin",
      originName: "SOHR",
    });
  const withRepeats = buildReport(input);

  it("lists the casualty figures and parties in the HTML, figures kept left to right", () => {
    const english = renderHtml(withRepeats);
    expect(english).toContain('<div><dt>Killed</dt><dd><bdi dir="ltr">≥ 1</bdi></dd></div>');
    expect(english).toContain("<dt>Parties</dt><dd><bdi>French fighters, security forces</bdi></dd>");
    const arabic = renderHtml(withRepeats, { locale: "ar" });
    expect(arabic).toContain('<dt>القتلى</dt><dd><bdi dir="ltr">≥ 1</bdi></dd>');
  });

  it("explains what merely repeats an origin, in the HTML and the Markdown", () => {
    const repeats = withRepeats.claims.find((claim) => claim.type === "CASUALTY_REPORT")!.corroboration.repeats;
    expect(repeats.length).toBeGreaterThan(0);
    const html = renderHtml(withRepeats);
    expect(html).toMatch(/\d+ (more repeats?|repeats? the claimant,) <bdi>SOHR<\/bdi>/);
    expect(renderMarkdown(withRepeats)).toMatch(/- \d+ (more repeats?|repeats? the claimant,) SOHR/);
    expect(renderMarkdown(withRepeats)).toContain("- Killed: ≥ 1");
    expect(renderMarkdown(withRepeats, { locale: "ar" })).toContain("- الأطراف: French fighters\\, security forces");
  });

  it("keeps a short claim whole on one page and lets a long one break between its parts", () => {
    const html = renderHtml(withRepeats);
    expect(html).toContain('<article class="claim short" id="claim-claim-promise">');
    expect(html).toContain('<article class="claim" id="claim-claim-casualties">');
  });
});

describe("user-written text in its own direction", () => {
  it("lays an English statement on an Arabic article out left to right in the report", () => {
    const input = sampleReportInput();
    input.claims[0]!.statement = "Clashes broke out in the camp; French jihadists were arrested.";
    const html = renderHtml(buildReport(input), { locale: "ar" });
    expect(html).toContain(
      '<span lang="en" dir="ltr">Clashes broke out in the camp; French jihadists were arrested.</span></h2>',
    );
    expect(html).toMatch(/<h2>\d+\. <span lang="ar" dir="rtl">/);
  });
});

describe("entity names in the report's language", () => {
  const input = sampleReportInput();
  const casualty = input.claims.find((claim) => claim.type === "CASUALTY_REPORT")!;
  for (const n of [1, 2])
    casualty.evidence.push({
      ...casualty.evidence[0]!,
      sourceId: `relay-${n}`,
      sourceTitle: `Relay ${n}`,
      originId: "entity-sohr",
      originName: "Syrian Observatory for Human Rights",
      originNameAr: "المرصد السوري لحقوق الإنسان",
    });
  const report = buildReport(input);

  it("names claimants and origins by their Arabic names in Arabic, in the HTML and the Markdown", () => {
    const html = renderHtml(report, { locale: "ar" });
    expect(html).toContain("<bdi>أحمد الشرع</bdi>");
    expect(html).toContain("<bdi>المرصد السوري لحقوق الإنسان</bdi>");
    expect(html).not.toContain("Syrian Observatory for Human Rights");
    const markdown = renderMarkdown(report, { locale: "ar" });
    expect(markdown).toContain("أحمد الشرع");
    expect(markdown).not.toContain("Syrian Observatory for Human Rights");
  });

  it("keeps the names as written in English, and a name without an Arabic one in Arabic", () => {
    expect(renderHtml(report)).toContain("<bdi>Syrian Observatory for Human Rights</bdi>");
    expect(renderHtml(report)).not.toContain("<bdi>أحمد الشرع</bdi>");
    expect(renderHtml(report, { locale: "ar" })).toContain("<bdi>Omar Omsen</bdi>");
  });
});
