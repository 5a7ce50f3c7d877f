/**
 * The one report model: a pure function turns a set of claims (an article's, a case's, a
 * search's, a claimant's, a tag's) into a canonical, versioned document that every renderer
 * (HTML, PDF, Markdown, CSV, JSON, ClaimReview) reads, its claims grouped by article. ZReport documents the format and validates it; the JSON Schema in
 * docs/report.schema.json is generated from it (npm run report-schema).
 */
import { safeHttpUrl } from "./safe-url";
import { z } from "zod";
import { corroborationOf, type EvidenceForCorroboration } from "@/lib/domain/sources/corroboration";
import { reviewRatingOf } from "@/lib/domain/ratings/rating-scale";

export const REPORT_FORMAT = "claimdesk.report";
/**
 * 2: the signer (team id and name) and the signing key are inside the signed report.
 * 3: each verdict carries its colour and ClaimReview rating as published (published claims come
 * from their published versions, not from today's scale).
 * 4: Arabic names of entities.
 * 5: any set of claims: `articles` (every article the claims come from) replaces `article`, each
 * claim names its article, and the scope says what was selected (kind and title).
 */
export const REPORT_VERSION = 5;

/** What a report was made of: the words of its title ("Case: Harem camp operation"). */
export const REPORT_SCOPE_KINDS = ["article", "case", "search", "claimant", "tag"] as const;
export type ReportScopeKind = (typeof REPORT_SCOPE_KINDS)[number];

const ZIsoDate = z.string().describe("ISO 8601 date or date-time, UTC");
const ZEntityRef = z.object({
  name: z.string(),
  nameAr: z.string().nullable().describe("The entity's Arabic name, used by reports in Arabic (version 4 on)"),
  kind: z.string().nullable(),
});
const ZStanceName = z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]);
const ZClaimReviewRating = z.object({
  alternateName: z.string(),
  ratingValue: z.number().int().optional(),
  bestRating: z.number().int().optional(),
  worstRating: z.number().int().optional(),
});

const ZReportEvidence = z.object({
  stance: ZStanceName,
  source: z.object({
    title: z.string(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    kind: z.string(),
    reliability: z.string().nullable().describe("Admiralty source reliability, A (reliable) to F (cannot be judged)"),
    origin: z.string().nullable().describe("The entity the source ultimately relies on"),
    originAr: z.string().nullable().describe("That entity's Arabic name (version 4 on)"),
  }),
  passage: z.string().nullable(),
  credibility: z
    .number()
    .int()
    .min(1)
    .max(6)
    .nullable()
    .describe("Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)"),
  note: z.string().nullable(),
  snapshot: z
    .object({ sha256: z.string().nullable(), capturedAt: ZIsoDate, httpStatus: z.number().int().nullable() })
    .nullable()
    .describe("The capture current when the source was cited"),
});

const ZReportArticle = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: ZIsoDate.nullable(),
  language: z.string(),
  direction: z.enum(["rtl", "ltr"]),
  revision: z.object({ number: z.number().int(), sha256: z.string(), createdAt: ZIsoDate }),
});

const ZReportClaim = z.object({
  id: z.string(),
  articleId: z.string().describe("The article the claim was found in (one of the report's articles)"),
  anchor: z.object({
    start: z.number().int(),
    end: z.number().int(),
    exact: z.string().describe("The quoted words, exactly as in the article revision"),
    prefix: z.string(),
    suffix: z.string(),
    status: z.enum(["ANCHORED", "MOVED", "FUZZY", "ORPHANED"]),
  }),
  statement: z.string(),
  type: z.string(),
  details: z
    .record(z.string(), z.unknown())
    .describe("Structured fields of the type (casualty counts, accusation, promise)"),
  claimant: ZEntityRef.nullable(),
  reportedVia: ZEntityRef.nullable(),
  claimedAt: ZIsoDate.nullable().describe("When the claim was made (not when it was reviewed)"),
  status: z.string(),
  rating: z.object({
    verdict: z
      .object({
        key: z.string(),
        name: z.string(),
        nameAr: z.string().nullable(),
        color: z.string(),
        claimReview: ZClaimReviewRating,
      })
      .nullable()
      .describe("The verdict label as it read when the claim was published (for unpublished claims: as it reads now)"),
    confidence: z.enum(["LOW", "MODERATE", "HIGH"]).nullable(),
    rationale: z.string().nullable(),
    ratedBy: z.string().nullable(),
    ratedAt: ZIsoDate.nullable(),
  }),
  review: z.object({
    submittedAt: ZIsoDate.nullable(),
    reviewedBy: z.string().nullable(),
    reviewedAt: ZIsoDate.nullable(),
    publishedAt: ZIsoDate.nullable(),
  }),
  evidence: z.array(ZReportEvidence),
  corroboration: z.object({
    status: z.enum(["NO_EVIDENCE", "CORROBORATED", "UNCORROBORATED", "CONTESTED", "REFUTED"]),
    independentConfirmations: z.array(z.string()).describe("One entry per independent origin supporting the claim"),
    independentRefutations: z.array(z.string()),
    repeats: z.array(z.object({ origin: z.string(), count: z.number().int(), isClaimant: z.boolean() })),
    singleOrigin: z.string().nullable(),
  }),
  corrections: z.array(z.object({ note: z.string(), createdAt: ZIsoDate, previousVerdict: z.string().nullable() })),
  tags: z
    .array(z.string())
    .describe(
      "The desk's own tags on the claim, by name (internal reports only: public pages and links leave them out)",
    ),
  retraction: z
    .object({ retractedAt: ZIsoDate, note: z.string() })
    .nullable()
    .describe("Set when an editor retracted the published claim: it stays in the report, marked retracted"),
});

export const ZReport = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  generatedAt: ZIsoDate,
  team: z.object({ id: z.string(), name: z.string() }).describe("The team that publishes and signs the report"),
  signingKey: z
    .object({
      id: z.string().describe("The key's id, as listed at /api/public/keys"),
      fingerprint: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .describe("SHA-256 (hex) of the raw 32-byte Ed25519 public key"),
    })
    .nullable()
    .describe(
      "The team key that signed the report; inside the signed data, so it cannot be relabelled. Null when unsigned",
    ),
  scope: z.object({
    kind: z.enum(REPORT_SCOPE_KINDS),
    title: z
      .string()
      .describe("What was selected: the article's, case's, claimant's or tag's name, or the search words"),
    description: z.string(),
    filters: z.record(z.string(), z.string()),
  }),
  articles: z
    .array(ZReportArticle)
    .describe("The articles the claims come from, in the order their claims are listed (by id)"),
  ratingScale: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameAr: z.string().nullable(),
      color: z.string(),
      retired: z.boolean(),
      claimReview: ZClaimReviewRating,
    }),
  ),
  claims: z.array(ZReportClaim),
});
export type Report = z.infer<typeof ZReport>;
export type ReportArticle = z.infer<typeof ZReportArticle>;
export type ReportScope = Report["scope"];
export type ReportClaim = z.infer<typeof ZReportClaim>;

/** What the server gathers for a report: plain data, no database types. */
export interface ReportInput {
  generatedAt: Date;
  team: { id: string; name: string };
  scope: ReportScope;
  articles: ReportInputArticle[];
  scale: {
    key: string;
    name: string;
    nameAr: string | null;
    color: string;
    retired: boolean;
    ratingValue: number | null;
  }[];
  claims: ReportInputClaim[];
}

export type ReportInputArticle = Omit<ReportArticle, "publishedAt" | "revision"> & {
  publishedAt: Date | null;
  revision: { number: number; sha256: string; createdAt: Date };
};

export interface ReportInputEntity {
  id: string;
  name: string;
  nameAr: string | null;
  kind: string | null;
}

export interface ReportInputClaim {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorStatus: ReportClaim["anchor"]["status"];
  statement: string;
  type: string;
  details: Record<string, unknown>;
  claimant: ReportInputEntity | null;
  reportedVia: ReportInputEntity | null;
  claimedAt: Date | null;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string; ratingValue: number | null } | null;
  confidence: "LOW" | "MODERATE" | "HIGH" | null;
  rationale: string | null;
  ratedBy: string | null;
  ratedAt: Date | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  evidence: (EvidenceForCorroboration & {
    originNameAr: string | null;
    kind: string;
    reliability: string | null;
    passage: string | null;
    credibility: number | null;
    note: string | null;
    snapshot: { sha256: string | null; capturedAt: Date; httpStatus: number | null } | null;
  })[];
  corrections: { note: string; createdAt: Date; previousVerdict: string | null }[];
  retraction: { retractedAt: Date; note: string } | null;
  /** The desk's tags, by name (internal: public reports leave them out). */
  tags?: string[];
}

const iso = (date: Date | null) => date?.toISOString() ?? null;
const STANCE_ORDER = { SUPPORTS: 0, REFUTES: 1, CONTEXT: 2 } as const;

export type ReportHeader = Omit<Report, "claims">;

export function buildReport(input: ReportInput): Report {
  return { ...reportHeader(input), claims: [...input.claims].sort(compareReportOrder).map(reportClaim) };
}

/** Everything but the claims: what a streamed report writes around them. */
export function reportHeader(input: Omit<ReportInput, "claims">): ReportHeader {
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    team: { id: input.team.id, name: input.team.name },
    // Set by signing (integrity.ts), which knows the key.
    signingKey: null,
    scope: input.scope,
    articles: [...input.articles].sort(byId).map((article) => ({
      ...article,
      // Stored URLs reach every format only through this: http(s), percent-encoded (safe-url.ts).
      url: safeHttpUrl(article.url),
      publishedAt: iso(article.publishedAt),
      revision: { ...article.revision, createdAt: article.revision.createdAt.toISOString() },
    })),
    ratingScale: input.scale.map((label) => ({
      key: label.key,
      name: label.name,
      nameAr: label.nameAr,
      color: label.color,
      retired: label.retired,
      claimReview: reviewRatingOf(label),
    })),
  };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

/** Claims grouped by article (articles by id), each article's in reading order. */
export function compareReportOrder(
  a: Pick<ReportInputClaim, "articleId" | "start" | "end" | "id">,
  b: Pick<ReportInputClaim, "articleId" | "start" | "end" | "id">,
): number {
  return compareIds(a.articleId, b.articleId) || compareReadingOrder(a, b);
}

/**
 * Reading order: where the quote sits in the article, longer spans first, then id. Ids compare
 * by code unit, which for lowercase UUIDs is PostgreSQL's uuid order: a database cursor can
 * hand claims over in this same order, page by page.
 */
export function compareReadingOrder(
  a: Pick<ReportInputClaim, "start" | "end" | "id">,
  b: Pick<ReportInputClaim, "start" | "end" | "id">,
): number {
  return a.start - b.start || b.end - a.end || compareIds(a.id, b.id);
}

export function reportClaim(claim: ReportInputClaim): ReportClaim {
  const corroboration = corroborationOf(claim.evidence, { claimantId: claim.claimant?.id ?? null });
  return {
    id: claim.id,
    articleId: claim.articleId,
    anchor: {
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      status: claim.anchorStatus,
    },
    statement: claim.statement,
    type: claim.type,
    details: claim.details,
    claimant: claim.claimant && entityRef(claim.claimant),
    reportedVia: claim.reportedVia && entityRef(claim.reportedVia),
    claimedAt: iso(claim.claimedAt),
    status: claim.status,
    rating: {
      verdict: claim.verdict && {
        key: claim.verdict.key,
        name: claim.verdict.name,
        nameAr: claim.verdict.nameAr,
        color: claim.verdict.color,
        claimReview: reviewRatingOf(claim.verdict),
      },
      confidence: claim.confidence,
      rationale: claim.rationale,
      ratedBy: claim.ratedBy,
      ratedAt: iso(claim.ratedAt),
    },
    review: {
      submittedAt: iso(claim.submittedAt),
      reviewedBy: claim.reviewedBy,
      reviewedAt: iso(claim.reviewedAt),
      publishedAt: iso(claim.publishedAt),
    },
    evidence: [...claim.evidence]
      .sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || a.sourceTitle.localeCompare(b.sourceTitle))
      .map((item) => ({
        stance: item.stance,
        source: {
          title: item.sourceTitle,
          url: safeHttpUrl(item.url),
          outlet: item.outlet,
          kind: item.kind,
          reliability: item.reliability,
          origin: item.originName,
          originAr: item.originNameAr,
        },
        passage: item.passage,
        credibility: item.credibility,
        note: item.note,
        snapshot: item.snapshot && {
          sha256: item.snapshot.sha256,
          capturedAt: item.snapshot.capturedAt.toISOString(),
          httpStatus: item.snapshot.httpStatus,
        },
      })),
    corroboration: {
      status: corroboration.status,
      independentConfirmations: corroboration.supports.independent.map((group) => group.label),
      independentRefutations: corroboration.refutes.independent.map((group) => group.label),
      repeats: corroboration.supports.repeats.map(({ group, count }) => ({
        origin: group.label,
        count,
        isClaimant: group.isClaimant,
      })),
      singleOrigin: corroboration.singleOrigin?.label ?? null,
    },
    corrections: claim.corrections.map((correction) => ({
      note: correction.note,
      createdAt: correction.createdAt.toISOString(),
      previousVerdict: correction.previousVerdict,
    })),
    tags: [...(claim.tags ?? [])].sort(),
    retraction: claim.retraction && {
      retractedAt: claim.retraction.retractedAt.toISOString(),
      note: claim.retraction.note,
    },
  };
}

function entityRef(entity: ReportInputEntity): ReportClaim["claimant"] {
  return { name: entity.name, nameAr: entity.nameAr, kind: entity.kind };
}

/**
 * Names as a report in `locale` shows them. The claim's entities and its sources' origins carry
 * their Arabic names; corroboration lists origins by name, so a name is looked up among them.
 * Reports of version 3 and before have no Arabic names: every name stays as written.
 */
export function reportNamer(claim: Pick<ReportClaim, "claimant" | "reportedVia" | "evidence">, locale: string) {
  if (locale !== "ar") return (name: string) => name;
  const arabic = new Map<string, string>();
  for (const entity of [claim.claimant, claim.reportedVia]) if (entity?.nameAr) arabic.set(entity.name, entity.nameAr);
  for (const { source } of claim.evidence)
    if (source.origin && source.originAr) arabic.set(source.origin, source.originAr);
  return (name: string) => arabic.get(name) ?? name;
}

/** The report's claims under their articles, in the report's order (renderers show them so). */
export function claimsByArticle<Claim extends Pick<ReportClaim, "articleId">>(
  report: { articles: readonly ReportArticle[] },
  claims: readonly Claim[],
): { article: ReportArticle; claims: Claim[] }[] {
  const groups = new Map(report.articles.map((article) => [article.id, { article, claims: [] as Claim[] }]));
  for (const claim of claims) groups.get(claim.articleId)?.claims.push(claim);
  return [...groups.values()].filter((group) => group.claims.length > 0);
}

/** Finds the article a claim comes from (a report always lists it), by a map: reports have thousands of claims. */
export function articleLookup(report: { articles: readonly ReportArticle[] }) {
  const byId = new Map(report.articles.map((article) => [article.id, article]));
  return (claim: Pick<ReportClaim, "articleId">): ReportArticle => {
    const article = byId.get(claim.articleId);
    if (!article) throw new Error(`Claim of an article the report does not list: ${claim.articleId}`);
    return article;
  };
}
