import "server-only";
import type { z } from "zod";
import type {
  ZApiArticle,
  ZApiTaggedArticleListItem,
  ZApiClaim,
  ZApiClaimDetail,
  ZApiClaimListItem,
  ZApiEvidence,
  ZApiExportJob,
  ZApiSnapshot,
  ZApiSourceDetail,
  ZApiSourceFull,
  ZApiTag,
} from "@/lib/schemas/api/resources";
import type { ArticleDto } from "@/lib/server/articles/get-article";
import type { ArticleListItem } from "@/lib/server/articles/list-articles";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { ClaimDetailDto } from "@/lib/server/claims/get-claim";
import type { ClaimListItem } from "@/lib/server/claims/list-claims";
import type { EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import type { ExportJobDto } from "@/lib/server/reports/background-export";
import type { SourceDetailDto } from "@/lib/server/sources/get-source";
import type { SnapshotDto, SourceDto } from "@/lib/server/sources/source-dto";
import type { TagChip } from "@/lib/server/tags/tag-dto";

/** The use cases' results as the API's resources (lib/schemas/api/resources.ts). */

export function toApiClaim(claim: ClaimDto): z.input<typeof ZApiClaim> {
  return {
    id: claim.id,
    articleId: claim.articleId,
    quote: {
      revisionId: claim.revisionId,
      start: claim.start,
      end: claim.end,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      anchorStatus: claim.anchorStatus,
    },
    statement: claim.statement,
    type: claim.type,
    details: claim.details,
    claimant: claim.claimant,
    reportedVia: claim.reportedVia,
    claimedAt: claim.claimedAt,
    assignee: claim.assignee,
    status: claim.status,
    version: claim.version,
    verdict: claim.verdict
      ? {
          key: claim.verdict.key,
          name: claim.verdict.name,
          nameAr: claim.verdict.nameAr,
          ratingValue: claim.verdict.ratingValue,
        }
      : null,
    confidence: claim.confidence,
    rationale: claim.rationale,
    publishedVersion: claim.publishedVersion,
    publishedAt: claim.publishedAt,
    retractedAt: claim.retractedAt,
    correctionNote: claim.correctionNote,
    corroboration: {
      status: claim.corroboration.status,
      supportingSources: claim.corroboration.supports.sources,
      refutingSources: claim.corroboration.refutes.sources,
      independentSupportingOrigins: claim.corroboration.supports.independent.length,
      independentRefutingOrigins: claim.corroboration.refutes.independent.length,
    },
    sameAsId: claim.sameAs?.id ?? null,
    updatedAt: claim.updatedAt,
  };
}

export function toApiClaimListItem(item: ClaimListItem): z.input<typeof ZApiClaimListItem> {
  return {
    id: item.id,
    articleId: item.article.id,
    statement: item.statement,
    type: item.type as z.input<typeof ZApiClaimListItem>["type"],
    status: item.status as z.input<typeof ZApiClaimListItem>["status"],
    verdict: item.verdict ? { key: item.verdict.key, name: item.verdict.name, nameAr: item.verdict.nameAr } : null,
    claimant: item.claimant,
    createdAt: item.createdAt,
    tags: item.tags.map(toApiTag),
  };
}

export function toApiEvidence(evidence: EvidenceDto): z.input<typeof ZApiEvidence> {
  return {
    id: evidence.id,
    claimId: evidence.claimId,
    stance: evidence.stance,
    passage: evidence.passage,
    credibility: evidence.credibility,
    note: evidence.note,
    version: evidence.version,
    createdAt: evidence.createdAt,
    source: {
      id: evidence.source.id,
      title: evidence.source.title,
      url: evidence.source.url,
      outlet: evidence.source.outlet,
      kind: evidence.source.kind,
      origin: evidence.source.origin,
    },
  };
}

/** A tag as the API shows it (internal to the team: the API is the team's own, never public). */
export function toApiTag(tag: TagChip): z.input<typeof ZApiTag> {
  return { id: tag.id, name: tag.name, color: tag.color };
}

export function toApiClaimDetail(detail: ClaimDetailDto): z.input<typeof ZApiClaimDetail> {
  return {
    tags: detail.tags.map(toApiTag),
    claim: toApiClaim(detail.claim),
    article: {
      id: detail.article.id,
      title: detail.article.title,
      language: detail.article.language,
      url: detail.article.url,
    },
    evidence: detail.evidence.map(toApiEvidence),
    publications: detail.publications.map((publication) => ({
      number: publication.number,
      publishedAt: publication.publishedAt,
      correctionNote: publication.correctionNote,
      statement: publication.statement,
      verdict: publication.verdict ? { name: publication.verdict.name, nameAr: publication.verdict.nameAr } : null,
      confidence: publication.confidence,
    })),
  };
}

export function toApiArticleListItem(item: ArticleListItem): z.input<typeof ZApiTaggedArticleListItem> {
  return {
    id: item.id,
    title: item.title,
    publisher: item.publisher,
    language: item.language,
    publishedAt: item.publishedAt,
    createdAt: item.createdAt,
    claimCount: item.claimCount,
    tags: item.tags.map(toApiTag),
  };
}

export function toApiArticle(article: ArticleDto, tags: TagChip[]): z.input<typeof ZApiArticle> {
  return {
    tags: tags.map(toApiTag),
    id: article.id,
    title: article.title,
    url: article.url,
    publisher: article.publisher,
    author: article.author,
    publishedAt: article.publishedAt,
    language: article.language,
    direction: article.direction,
    version: article.version,
    revision: article.revision,
    revisions: article.revisions,
  };
}

export function toApiSnapshot(snapshot: SnapshotDto): z.input<typeof ZApiSnapshot> {
  const { capturedBy: _who, ...facts } = snapshot;
  return facts;
}

export function toApiSource(source: SourceDto): z.input<typeof ZApiSourceFull> {
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    outlet: source.outlet,
    author: source.author,
    publishedAt: source.publishedAt,
    language: source.language,
    kind: source.kind,
    reliability: source.reliability,
    origin: source.origin,
    suggestedOrigin: source.suggestedOrigin,
    notes: source.notes,
    version: source.version,
    createdAt: source.createdAt,
    capture: source.capture,
    latestSnapshot: source.latestSnapshot ? toApiSnapshot(source.latestSnapshot) : null,
    evidenceCount: source.evidenceCount,
  };
}

export function toApiSourceDetail(detail: SourceDetailDto): z.input<typeof ZApiSourceDetail> {
  return {
    source: toApiSource(detail.source),
    snapshots: detail.snapshots.map(toApiSnapshot),
    capturedText: detail.capturedText,
    citations: detail.citations.map((citation) => ({
      evidenceId: citation.evidenceId,
      claimId: citation.claim.id,
      stance: citation.stance,
    })),
  };
}

export function toApiExportJob(job: ExportJobDto): z.input<typeof ZApiExportJob> {
  const self = `/api/v1/exports/${job.jobId}`;
  return {
    id: job.jobId,
    format: job.format,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    errorCode: job.errorCode,
    fileName: job.fileName,
    links: { self, file: job.status === "SUCCEEDED" ? `${self}/file` : null },
  };
}
