/**
 * The resources of the REST API (/api/v1), as zod schemas: they type what each endpoint returns
 * (lib/server/api/resources.ts maps the use cases' results onto them, checked by the compiler),
 * and they are what openapi.json documents. The API's shapes are its own, kept apart from the
 * pages' DTOs, so the pages can change without breaking anyone's integration.
 */
import { z } from "zod";
import { ZClaimSet } from "@/lib/schemas/report-sets";
import { CONFIDENCE_LEVELS } from "@/lib/domain/ratings/rating-scale";
import { ANCHOR_STATUSES, CLAIM_STATUSES, ZClaimDetails, ZClaimType } from "@/lib/schemas/claims";
import { ENTITY_KINDS } from "@/lib/schemas/entities";
import { SOURCE_KINDS } from "@/lib/schemas/sources";
import { SOURCE_RELIABILITY } from "@/lib/domain/sources/admiralty";
import { CAPTURE_HEALTHS, CAPTURE_REASONS } from "@/lib/domain/sources/capture-health";
import { LOCALES } from "@/lib/i18n/locales";
import type { ReportFormat } from "@/lib/server/reports/export-report";

const id = z.uuid();
const instant = z.iso.datetime({ offset: true });
const nullableInstant = instant.nullable();

/** Each list ends its page with `next`: the cursor for the following page, null at the end. */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), next: z.string().nullable() }).meta({ id: `${name}Page` });

export const ZApiPerson = z.object({ id, name: z.string() }).meta({ id: "Person" });

export const ZApiEntityRef = z
  .object({ id, name: z.string(), arabicName: z.string().nullable() })
  .meta({ id: "EntityRef", description: "A claimant, intermediary or origin: its name and its Arabic name." });

export const ZApiVerdict = z
  .object({
    key: z.string(),
    name: z.string(),
    nameAr: z.string().nullable(),
    ratingValue: z.number().int().nullable(),
  })
  .meta({ id: "Verdict", description: "A label of the team's rating scale." });

export const ZApiQuote = z
  .object({
    revisionId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    anchorStatus: z.enum(ANCHOR_STATUSES),
  })
  .meta({
    id: "Quote",
    description:
      "Where the claim stands in its article: UTF-16 offsets into the revision's canonical text, with the quoted words and their context (W3C Web Annotation text quote and position selectors).",
  });

export const ZApiCorroboration = z
  .object({
    status: z.enum(["NO_EVIDENCE", "CORROBORATED", "UNCORROBORATED", "CONTESTED", "REFUTED"]),
    supportingSources: z.number().int(),
    refutingSources: z.number().int(),
    independentSupportingOrigins: z.number().int(),
    independentRefutingOrigins: z.number().int(),
  })
  .meta({ id: "Corroboration", description: "Evidence by stance, counted by independent origin." });

export const ZApiClaim = z
  .object({
    id,
    articleId: id,
    quote: ZApiQuote,
    statement: z.string(),
    type: ZClaimType,
    details: ZClaimDetails,
    claimant: ZApiEntityRef.nullable(),
    reportedVia: ZApiEntityRef.nullable(),
    claimedAt: z.string().nullable(),
    assignee: ZApiPerson.nullable(),
    status: z.enum(CLAIM_STATUSES),
    version: z.number().int().positive().meta({ description: "Send it back with a change: a stale one answers 409." }),
    verdict: ZApiVerdict.nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
    rationale: z.string().nullable(),
    publishedVersion: z
      .number()
      .int()
      .meta({ description: "The published version the public record shows; 0 while never published." }),
    publishedAt: nullableInstant,
    retractedAt: nullableInstant,
    correctionNote: z.string().nullable(),
    corroboration: ZApiCorroboration,
    sameAsId: id.nullable(),
    updatedAt: instant,
  })
  .meta({ id: "Claim" });

/** A team's tag: the desk's own organisation, never in anything public. */
export const ZApiTag = z
  .object({ id, name: z.string(), color: z.string().regex(/^#[0-9a-f]{6}$/) })
  .meta({ id: "Tag" });

export const ZApiTagList = z.object({ items: z.array(ZApiTag) }).meta({ id: "TagList" });

export const ZApiClaimListItem = z
  .object({
    id,
    articleId: id,
    statement: z.string(),
    type: ZClaimType,
    status: z.enum(CLAIM_STATUSES),
    verdict: ZApiVerdict.omit({ ratingValue: true }).nullable(),
    claimant: z.object({ name: z.string(), arabicName: z.string().nullable() }).nullable(),
    createdAt: instant,
    tags: z.array(ZApiTag),
  })
  .meta({ id: "ClaimListItem" });

export const ZApiSource = z
  .object({
    id,
    title: z.string(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    kind: z.string(),
    origin: ZApiEntityRef.nullable(),
  })
  .meta({ id: "SourceRef" });

export const ZApiEvidence = z
  .object({
    id,
    claimId: id,
    stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]),
    passage: z.string().nullable(),
    credibility: z.number().int().nullable(),
    note: z.string().nullable(),
    version: z.number().int().positive(),
    createdAt: instant,
    source: ZApiSource,
  })
  .meta({ id: "Evidence" });

export const ZApiPublication = z
  .object({
    number: z.number().int().positive(),
    publishedAt: instant,
    correctionNote: z.string().nullable(),
    statement: z.string(),
    verdict: z.object({ name: z.string(), nameAr: z.string().nullable() }).nullable(),
    confidence: z.string().nullable(),
  })
  .meta({ id: "Publication", description: "A version of the claim as the public record shows it." });

export const ZApiClaimDetail = z
  .object({
    claim: ZApiClaim,
    article: z.object({ id, title: z.string(), language: z.string(), url: z.string().nullable() }),
    evidence: z.array(ZApiEvidence),
    publications: z.array(ZApiPublication),
    tags: z.array(ZApiTag),
  })
  .meta({ id: "ClaimDetail" });

export const ZApiHistoryEntry = z
  .object({
    id: z.string(),
    at: instant,
    actor: z.string().nullable(),
    action: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: "HistoryEntry" });

export const ZApiArticleListItem = z
  .object({
    id,
    title: z.string(),
    publisher: z.string().nullable(),
    language: z.string(),
    publishedAt: z.string().nullable(),
    createdAt: instant,
    claimCount: z.number().int(),
  })
  .meta({ id: "ArticleListItem" });

/** An article of the list with the team's tags on it (the webhook's article.imported keeps ArticleListItem). */
export const ZApiTaggedArticleListItem = ZApiArticleListItem.extend({ tags: z.array(ZApiTag) }).meta({
  id: "TaggedArticleListItem",
});

export const ZApiArticle = z
  .object({
    id,
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string().nullable(),
    language: z.string(),
    direction: z.enum(["rtl", "ltr"]),
    version: z.number().int().positive(),
    revision: z.object({ id, number: z.number().int(), text: z.string(), sha256: z.string(), createdAt: instant }),
    revisions: z.array(z.object({ id, number: z.number().int(), createdAt: instant })),
    tags: z.array(ZApiTag),
  })
  .meta({
    id: "Article",
    description: "An article with its current text; its claims are listed by GET /claims?articleId=.",
  });

export const ZApiRevision = z
  .object({
    revisionId: id,
    number: z.number().int(),
    anchors: z.record(z.enum(ANCHOR_STATUSES), z.number().int()),
  })
  .meta({ id: "RevisionResult", description: "The new revision, and how many claims re-anchored how." });

export const ZApiEntity = z
  .object({
    id,
    name: z.string(),
    arabicName: z.string().nullable(),
    kind: z.enum(ENTITY_KINDS),
    description: z.string().nullable(),
    aliases: z.array(z.string()),
    sameAs: z.array(z.string()),
    version: z.number().int().positive(),
  })
  .meta({ id: "Entity" });

export const ZApiSnapshot = z
  .object({
    id,
    capturedAt: instant,
    requestedUrl: z.string(),
    finalUrl: z.string().nullable(),
    httpStatus: z.number().int().nullable(),
    contentType: z.string().nullable(),
    title: z.string().nullable(),
    sha256: z.string().nullable(),
    byteLength: z.number().int().nullable(),
    errorCode: z.string().nullable(),
  })
  .meta({ id: "Snapshot", description: "One capture of a web source; never changed once taken." });

export const ZApiCapture = z
  .object({
    health: z.enum(CAPTURE_HEALTHS),
    reason: z.enum(CAPTURE_REASONS).nullable(),
    httpStatus: z.number().int().nullable(),
    retrying: z.boolean(),
  })
  .meta({ id: "CaptureState", description: "The latest capture against the first good one." });

export const ZApiSourceFull = z
  .object({
    id,
    url: z.string().nullable(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string().nullable(),
    language: z.string().nullable(),
    kind: z.enum(SOURCE_KINDS),
    reliability: z.enum(SOURCE_RELIABILITY).nullable(),
    origin: ZApiEntityRef.nullable(),
    suggestedOrigin: ZApiEntityRef.extend({ cue: z.string() })
      .nullable()
      .meta({ description: "The origin the source's own words name, while none is confirmed." }),
    notes: z.string().nullable(),
    version: z.number().int().positive(),
    createdAt: instant,
    capture: ZApiCapture,
    latestSnapshot: ZApiSnapshot.nullable(),
    evidenceCount: z.number().int(),
  })
  .meta({ id: "Source" });

export const ZApiSourceDetail = z
  .object({
    source: ZApiSourceFull,
    snapshots: z.array(ZApiSnapshot),
    capturedText: z.string().nullable().meta({ description: "The latest good capture's text." }),
    citations: z.array(z.object({ evidenceId: id, claimId: id, stance: z.enum(["SUPPORTS", "REFUTES", "CONTEXT"]) })),
  })
  .meta({ id: "SourceDetail" });

const ZSnippetPart = z.object({ text: z.string(), match: z.boolean() });

export const ZApiSearchResults = z
  .object({
    claims: z.array(
      z.object({
        id,
        articleId: id,
        snippet: z.array(ZSnippetPart),
        type: ZClaimType,
        status: z.enum(CLAIM_STATUSES),
      }),
    ),
    order: z.enum(["relevance", "recent"]),
    next: z.string().nullable(),
    articles: z.array(z.object({ id, title: z.string(), snippet: z.array(ZSnippetPart) })),
    sources: z.array(z.object({ id, title: z.string(), snippet: z.array(ZSnippetPart) })),
  })
  .meta({ id: "SearchResults" });

/** The media type of each report format's file; `satisfies` holds it to the exporter's formats. */
export const REPORT_MEDIA_TYPES = {
  json: "application/json",
  csv: "text/csv",
  md: "text/markdown",
  html: "text/html",
  pdf: "application/pdf",
  claimreview: "application/ld+json",
} as const satisfies Record<ReportFormat, string>;

export const ZApiReportFormat = z.enum(Object.keys(REPORT_MEDIA_TYPES) as [ReportFormat, ...ReportFormat[]]).meta({
  id: "ReportFormat",
  description:
    "json: the signed report (verifiable); csv; md; html and pdf: the printable report; claimreview: schema.org ClaimReview JSON-LD (needs a public link first).",
});

export const ZApiExportRequest = z
  .object({
    format: ZApiReportFormat,
    locale: z
      .enum(LOCALES)
      .optional()
      .meta({ description: "The language of the formats people read (md, html, pdf); English when left out." }),
  })
  .meta({ id: "ExportRequest" });

export const ZApiSetExportRequest = ZApiExportRequest.extend({
  set: ZClaimSet.meta({
    description:
      "What the report is of: an article's claims, a case's, a search's (words and filters as on the search page), a claimant's or a tag's. The report groups the claims by article.",
  }),
}).meta({ id: "SetExportRequest" });

export const ZApiExportJob = z
  .object({
    id,
    format: ZApiReportFormat,
    status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
    progress: z.number().int().min(0).max(100),
    stage: z.string().nullable().meta({ description: "What the export is doing now: loading, rendering, saving." }),
    errorCode: z.string().nullable().meta({ description: "Why a FAILED export failed." }),
    fileName: z.string().nullable().meta({ description: "Once SUCCEEDED: the name the file downloads under." }),
    links: z.object({
      self: z.string().meta({ description: "Poll here until the status is SUCCEEDED or FAILED." }),
      file: z.string().nullable().meta({ description: "Once SUCCEEDED: the file itself." }),
    }),
  })
  .meta({ id: "ExportJob", description: "A report export running in the background, and its file once done." });

export const ZApiProblem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().meta({ description: "The same error code the app's pages translate." }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional().meta({ description: "On 409 STALE_VERSION: the resource as it is now." }),
    reason: z.string().optional().meta({ description: "What exactly was refused, when the code alone does not say." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });
