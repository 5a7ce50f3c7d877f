import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import type { CountConflict } from "@/lib/domain/claims/casualty-conflicts";
import type { TClaimStatus } from "@/lib/domain/claims/claim-statuses";
import { groupClaims, INDEPENDENCE, sourcesByOrigin, type Independence } from "@/lib/domain/cases/case-overview";
import { CLAIM_STATUSES } from "@/lib/domain/claims/claim-statuses";
import { AppError } from "@/lib/errors";
import type { TClaimType } from "@/lib/schemas/claims";
import { ZCaseId } from "@/lib/schemas/case-views";
import { analyseCase } from "./analyse-case";
import { loadClaimTexts, type CaseClaimRow } from "./case-material";
import { loadCaseMaterial } from "./case-material-cache";
import { readVerdictLabels, toCaseFiguresDto, type CaseFiguresDto } from "./case-figures-dto";

/** Claims listed under each group; the rest are counted and linked. */
const FIRST_CLAIMS = 3;
/** Claimants listed (most claims first); the others are counted. */
const CLAIMANT_GROUPS = 10;
const ORIGIN_GROUPS = 15;
const SOURCES_PER_ORIGIN = 3;

export interface CaseClaimRef {
  id: string;
  statement: string;
  language: string;
  type: TClaimType;
  status: TClaimStatus;
  claimant: { name: string; arabicName: string | null } | null;
}

export interface CaseOverviewDto {
  case: { id: string; title: string; eventStart: string | null; eventEnd: string | null };
  figures: CaseFiguresDto;
  byStatus: { status: TClaimStatus; count: number; first: CaseClaimRef[] }[];
  byClaimant: {
    claimant: { id: string; name: string; arabicName: string | null } | null;
    count: number;
    first: CaseClaimRef[];
  }[];
  claimantGroups: number;
  byIndependence: { independence: Independence; count: number; first: CaseClaimRef[] }[];
  conflicts: {
    total: number;
    exact: boolean;
    pairs: { first: CaseClaimRef; second: CaseClaimRef; conflicts: CountConflict[] }[];
  };
  origins: {
    groups: {
      key: string;
      label: string;
      labelAr: string | null;
      isEntity: boolean;
      count: number;
      sources: { id: string; title: string; url: string | null; publishedAt: string | null; listed: boolean }[];
    }[];
    totalGroups: number;
    totalSources: number;
  };
}

type Texts = ReadonlyMap<string, { statement: string; language: string }>;

const refOf =
  (texts: Texts) =>
  (claim: CaseClaimRow): CaseClaimRef => ({
    id: claim.id,
    statement: texts.get(claim.id)?.statement ?? "",
    language: texts.get(claim.id)?.language ?? "und",
    type: claim.type,
    status: claim.status,
    claimant: claim.claimantName ? { name: claim.claimantName, arabicName: claim.claimantNameAr } : null,
  });

/**
 * A case at a glance: progress and figures, its claims by status, by claimant and by how
 * independently they are confirmed, every conflicting pair of casualty figures (the first SHOWN_CONFLICT_PAIRS shown,
 * all counted) and its sources by origin. Five statements whatever the case's size; the grouping is
 * linear in its claims (lib/domain/cases).
 */
export async function getCaseOverview(
  member: Member,
  input: { caseId: string },
  options: { now?: Date } = {},
): Promise<CaseOverviewDto> {
  assertCan(member, "team.read");
  const caseId = ZCaseId.safeParse(input.caseId);
  if (!caseId.success) throw new AppError("NOT_FOUND");
  const [material, labels] = await Promise.all([
    loadCaseMaterial(member, caseId.data),
    readVerdictLabels(member.teamId),
  ]);
  const analysis = analyseCase(material, options.now ?? new Date());
  const claims = material.claims;
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const byStatus = groupClaims(claims, (claim) => claim.status, { firstCount: FIRST_CLAIMS, order: CLAIM_STATUSES });
  const byClaimant = groupClaims(claims, (claim) => claim.claimantId ?? "", { firstCount: FIRST_CLAIMS });
  const byIndependence = groupClaims(claims, (claim) => analysis.independence.get(claim.id)!, {
    firstCount: FIRST_CLAIMS,
    order: INDEPENDENCE,
  });
  const origins = sourcesByOrigin(material.sources, { groups: ORIGIN_GROUPS, perGroup: SOURCES_PER_ORIGIN });
  // The statements of the claims shown, and only those: a few dozen whatever the case's size.
  const texts = await loadClaimTexts(member, [
    ...[...byStatus, ...byClaimant.slice(0, CLAIMANT_GROUPS), ...byIndependence].flatMap((group) =>
      group.first.map((claim) => claim.id),
    ),
    ...analysis.conflicts.pairs.flatMap((pair) => [pair.first, pair.second]),
    ...(analysis.figures.oldestOpen ? [analysis.figures.oldestOpen.id] : []),
  ]);
  const ref = refOf(texts);
  return {
    case: {
      id: material.case.id,
      title: material.case.title,
      eventStart: material.case.eventStart?.toISOString() ?? null,
      eventEnd: material.case.eventEnd?.toISOString() ?? null,
    },
    figures: toCaseFiguresDto(material, analysis, labels, texts),
    byStatus: byStatus.map((group) => ({
      status: group.key as TClaimStatus,
      count: group.count,
      first: group.first.map(ref),
    })),
    byClaimant: byClaimant.slice(0, CLAIMANT_GROUPS).map((group) => {
      const claimant = group.first[0]!;
      return {
        claimant: claimant.claimantId
          ? { id: claimant.claimantId, name: claimant.claimantName!, arabicName: claimant.claimantNameAr }
          : null,
        count: group.count,
        first: group.first.map(ref),
      };
    }),
    claimantGroups: byClaimant.length,
    byIndependence: byIndependence.map((group) => ({
      independence: group.key as Independence,
      count: group.count,
      first: group.first.map(ref),
    })),
    conflicts: {
      total: analysis.conflicts.total,
      exact: analysis.conflicts.exact,
      pairs: analysis.conflicts.pairs.map((pair) => ({
        first: ref(claimById.get(pair.first)!),
        second: ref(claimById.get(pair.second)!),
        conflicts: pair.conflicts,
      })),
    },
    origins: {
      groups: origins.groups.map((group) => ({
        key: group.key,
        label: group.label,
        labelAr: group.labelAr,
        isEntity: group.isEntity,
        count: group.count,
        sources: group.sources.map((source) => ({
          id: source.id,
          title: source.title,
          url: source.url,
          publishedAt: source.publishedAt?.toISOString() ?? null,
          listed: source.listed,
        })),
      })),
      totalGroups: origins.totalGroups,
      totalSources: material.sources.length,
    },
  };
}
