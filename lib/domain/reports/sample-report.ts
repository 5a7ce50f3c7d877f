/**
 * A report input shaped like reference article 002 with three rated claims: used by unit
 * tests, the renderers' tests and the benchmarks (which repeat its claims).
 */
import { DEFAULT_SCALE } from "@/lib/domain/ratings/rating-scale";
import type { ReportInput, ReportInputClaim } from "./report-model";

/** Lowercase hex, like the uuids the database hands out (reports order articles by id). */
export const SAMPLE_ARTICLE_ID = "0199f000-0000-7000-8000-000000000002";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A label of the default scale, as a claim carries it. */
function verdict(key: string): NonNullable<ReportInputClaim["verdict"]> {
  const { name, nameAr, color, ratingValue } = DEFAULT_SCALE.find((label) => label.key === key)!;
  return { key, name, nameAr, color, ratingValue };
}

function claim(
  overrides: Partial<ReportInputClaim> & Pick<ReportInputClaim, "id" | "start" | "exact">,
): ReportInputClaim {
  return {
    articleId: SAMPLE_ARTICLE_ID,
    end: overrides.start + overrides.exact.length,
    prefix: "",
    suffix: "",
    anchorStatus: "ANCHORED",
    statement: overrides.exact,
    type: "EVENT",
    details: {},
    claimant: null,
    reportedVia: null,
    claimedAt: null,
    status: "NEW",
    verdict: null,
    confidence: null,
    rationale: null,
    ratedBy: null,
    ratedAt: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    publishedAt: null,
    evidence: [],
    corrections: [],
    retraction: null,
    ...overrides,
  };
}

const ARTICLE_TITLE = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";

const SOHR = {
  id: "entity-sohr",
  name: "Syrian Observatory for Human Rights",
  nameAr: "المرصد السوري لحقوق الإنسان",
  kind: "ORGANIZATION",
};
const SHARAA = { id: "entity-sharaa", name: "Ahmed al-Sharaa", nameAr: "أحمد الشرع", kind: "PERSON" };
const OMSEN = { id: "entity-omsen", name: "Omar Omsen", nameAr: null, kind: "PERSON" };

export function sampleReportInput(): ReportInput {
  return {
    generatedAt: new Date("2025-10-24T12:00:00Z"),
    team: { id: "team-demo", name: "Demo Newsroom" },
    scope: { kind: "article", title: ARTICLE_TITLE, description: "All claims of the article", filters: {} },
    articles: [
      {
        id: SAMPLE_ARTICLE_ID,
        title: ARTICLE_TITLE,
        url: "https://www.annahar.com/arabic/example",
        publisher: "Annahar",
        author: null,
        publishedAt: day("2025-10-22"),
        language: "ar",
        direction: "rtl",
        revision: { number: 1, sha256: "a".repeat(64), createdAt: new Date("2025-10-23T08:00:00Z") },
      },
    ],
    scale: DEFAULT_SCALE.map((label) => ({ ...label, retired: false })),
    claims: [
      claim({
        id: "claim-promise",
        start: 1751,
        exact: "الرئيس الانتقالي أحمد الشرع وعد فرنسا بإنهاء تواجد الجهاديين الفرنسيين في سوريا",
        type: "PROMISE",
        claimant: SHARAA,
        reportedVia: SOHR,
        claimedAt: day("2025-10-21"),
        status: "PUBLISHED",
        verdict: verdict("UNPROVEN"),
        confidence: "LOW",
        rationale: "Only SOHR reports the promise.",
        ratedBy: "Farah Fact-checker",
        reviewedBy: "Elias Editor",
        publishedAt: new Date("2025-10-24T09:00:00Z"),
      }),
      claim({
        id: "claim-casualties",
        start: 640,
        exact: "وردت معلومات عن سقوط عدد من القتلى والجرحى",
        type: "CASUALTY_REPORT",
        details: { casualty: { killed: { min: 1, max: null }, parties: ["French fighters", "security forces"] } },
        claimant: SOHR,
        status: "PUBLISHED",
        verdict: verdict("MIXED"),
        confidence: "MODERATE",
        rationale: "SOHR reports casualties; AFP could not confirm any.",
        ratedBy: "Farah Fact-checker",
        reviewedBy: "Elias Editor",
        publishedAt: new Date("2025-10-24T09:30:00Z"),
        evidence: [
          {
            stance: "SUPPORTS",
            sourceId: "s1",
            sourceTitle: "Ultra Syria report",
            originId: null,
            originName: null,
            originNameAr: null,
            outlet: "Ultra Syria",
            url: "https://ultrasyria.example/1",
            kind: "NEWS_REPORT",
            reliability: "C",
            passage: "سقوط قتلى وجرحى",
            credibility: 3,
            note: null,
            snapshot: { sha256: "b".repeat(64), capturedAt: new Date("2025-10-23T10:00:00Z"), httpStatus: 200 },
          },
          {
            stance: "REFUTES",
            sourceId: "s2",
            sourceTitle: "AFP: no confirmed casualties",
            originId: "entity-afp",
            originName: "AFP",
            originNameAr: "وكالة فرانس برس",
            outlet: "France 24",
            url: "https://france24.example/2",
            kind: "NEWS_REPORT",
            reliability: "B",
            passage: "No casualties had been confirmed",
            credibility: 2,
            note: null,
            snapshot: null,
          },
        ],
        corrections: [
          {
            note: "An earlier version named the wrong outlet.",
            createdAt: new Date("2025-10-25T08:00:00Z"),
            previousVerdict: "Mostly true",
          },
        ],
      }),
      claim({
        id: "claim-accusation",
        start: 1200,
        exact: '=HYPERLINK("http://evil.example") اتهم عمر أومسين الاستخبارات الفرنسية',
        type: "ACCUSATION",
        claimant: OMSEN,
        status: "IN_REVIEW",
        verdict: verdict("FALSE"),
        confidence: "HIGH",
        rationale: "-2+3 no evidence of French involvement",
      }),
    ],
  };
}

/** An English article of the same story, imported before the Arabic one (its id sorts first). */
export const SAMPLE_OTHER_ARTICLE_ID = "0199f000-0000-7000-8000-000000000001";

/**
 * A case's report input: the sample article's claims and one claim of an English article, under
 * the case's title (a report of a set of claims, grouped by article).
 */
export function sampleCaseReportInput(): ReportInput {
  const input = sampleReportInput();
  return {
    ...input,
    scope: { kind: "case", title: "Harem camp operation", description: "All claims", filters: {} },
    articles: [
      ...input.articles,
      {
        id: SAMPLE_OTHER_ARTICLE_ID,
        title: "Syrian forces surround camp of French jihadists",
        url: "https://news.example/harem",
        publisher: "Example Wire",
        author: null,
        publishedAt: day("2025-10-21"),
        language: "en",
        direction: "ltr",
        revision: { number: 1, sha256: "c".repeat(64), createdAt: new Date("2025-10-23T09:00:00Z") },
      },
    ],
    claims: [
      ...input.claims,
      claim({
        id: "claim-wire",
        articleId: SAMPLE_OTHER_ARTICLE_ID,
        start: 40,
        exact: "Government forces surrounded the camp on Tuesday",
        claimant: SHARAA,
        status: "PUBLISHED",
        verdict: verdict("TRUE"),
        publishedAt: new Date("2025-10-24T10:00:00Z"),
      }),
    ],
  };
}
