import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/domain/claims/claim-statuses";
import type { EvidenceForCorroboration, Stance } from "@/lib/domain/sources/corroboration";
import { previewText } from "@/lib/domain/text/preview-text";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TClaimType } from "@/lib/schemas/claims";
import { caseWhere } from "./case-scope";

/** Characters of a statement a case page shows (the claim page has it whole). */
const CASE_PREVIEW_LIMIT = 160;

/** Claims read for one case page at most; a case is at most thousands of claims (issue 19). */
export const CASE_CLAIM_LIMIT = 20_000;

/** What the case's figures, groups and timeline are computed from: no text (see loadClaimTexts). */
export interface CaseClaimRow {
  id: string;
  type: TClaimType;
  status: TClaimStatus;
  /** The casualty details of a casualty report (counts, asOf), else null. */
  casualty: unknown;
  claimantId: string | null;
  claimantName: string | null;
  claimantNameAr: string | null;
  verdictId: string | null;
  claimedAt: Date | null;
  createdAt: Date;
  sameAsId: string | null;
}

export interface CaseSourceRow {
  id: string;
  title: string;
  url: string | null;
  outlet: string | null;
  publishedAt: Date | null;
  originId: string | null;
  originName: string | null;
  originNameAr: string | null;
  listed: boolean;
}

export interface CaseMaterial {
  case: { id: string; title: string; eventStart: Date | null; eventEnd: Date | null };
  /** Oldest first (creation), capped at CASE_CLAIM_LIMIT. */
  claims: CaseClaimRow[];
  claimsCapped: boolean;
  /** Each claim's cited sources by stance. */
  evidence: { claimId: string; sourceId: string; stance: Stance }[];
  sources: CaseSourceRow[];
}

type ClaimTuple = [
  string,
  TClaimType,
  TClaimStatus,
  unknown,
  string | null,
  string | null,
  number | null,
  number,
  string | null,
];
type SourceTuple = [
  string,
  string,
  string | null,
  string | null,
  number | null,
  string | null,
  string | null,
  string | null,
  boolean,
];

/**
 * Everything a case's overview, timeline and figures are computed from, in four statements sent at
 * once whatever the case's size: the case; its claims and claimants, their evidence, and its sources,
 * each as compact JSON built by PostgreSQL (one value to parse instead of thousands of rows to
 * map, the difference between ~150 ms and ~20 ms at 5,000 claims). No text of the claims: pages
 * read the statements they show with loadClaimTexts. The case is the member's team's or NOT_FOUND;
 * every row is scoped by the team as well as by the case. Origins are the confirmed ones only, as
 * reports count them (load-report-input.ts).
 */
export async function readCaseMaterial(member: Pick<Member, "teamId">, caseId: string): Promise<CaseMaterial> {
  const teamId = member.teamId;
  const members = caseMembersSql(teamId, caseId);
  // Three statements at once on three connections: each builds one part as JSON.
  const [found, [claimRows], [evidenceRows], [sourceRows]] = await Promise.all([
    db.case.findFirst({
      where: caseWhere(member, caseId),
      select: { id: true, title: true, eventStart: true, eventEnd: true },
    }),
    db.$queryRaw<{ claims: string; claimants: string }[]>`
      ${members}
      SELECT
        (SELECT coalesce(json_agg(json_build_array(c.id, c.type, c.status,
            CASE WHEN c.type = 'CASUALTY_REPORT' THEN c.details -> 'casualty' END,
            c."claimantId", c."verdictId", floor(extract(epoch FROM c."claimedAt") * 1000),
            floor(extract(epoch FROM c."createdAt") * 1000), c."sameAsId") ORDER BY c."createdAt", c.id), '[]')::text
          FROM c) AS claims,
        (SELECT coalesce(json_agg(json_build_array(e.id, e.name, e."arabicName")), '[]')::text
          FROM "Entity" e WHERE e.id IN (SELECT "claimantId" FROM c)) AS claimants`,
    db.$queryRaw<{ evidence: string }[]>`
      ${members}
      SELECT coalesce(json_agg(json_build_array(ev."claimId", ev."sourceId", ev.stance)), '[]')::text AS evidence FROM ev`,
    db.$queryRaw<{ sources: string }[]>`
      ${members},
      s AS (
        SELECT s.*, EXISTS (SELECT 1 FROM "CaseSource" cs WHERE cs."caseId" = ${caseId}::uuid AND cs."sourceId" = s.id) AS listed
        FROM "Source" s
        WHERE s."teamId" = ${teamId}::uuid AND s.id IN (
          SELECT "sourceId" FROM ev UNION SELECT cs."sourceId" FROM "CaseSource" cs WHERE cs."caseId" = ${caseId}::uuid
        )
      )
      SELECT coalesce(json_agg(json_build_array(s.id, s.title, s.url, s.outlet, floor(extract(epoch FROM s."publishedAt") * 1000),
          s."originId", o.name, o."arabicName", s.listed) ORDER BY s."publishedAt" NULLS LAST, s.id), '[]')::text AS sources
      FROM s LEFT JOIN "Entity" o ON o.id = s."originId"`,
  ]);
  const rows = { ...claimRows!, ...evidenceRows!, ...sourceRows! };
  if (!found) throw new AppError("NOT_FOUND");
  const claimants = new Map(
    (JSON.parse(rows.claimants) as [string, string, string | null][]).map(([id, name, arabicName]) => [
      id,
      { name, arabicName },
    ]),
  );
  const claims = (JSON.parse(rows.claims) as ClaimTuple[]).map(
    ([id, type, status, casualty, claimantId, verdictId, claimedAt, createdAt, sameAsId]): CaseClaimRow => {
      const claimant = claimantId ? claimants.get(claimantId) : undefined;
      return {
        id,
        type,
        status,
        casualty,
        claimantId,
        claimantName: claimant?.name ?? null,
        claimantNameAr: claimant?.arabicName ?? null,
        verdictId,
        claimedAt: claimedAt === null ? null : new Date(claimedAt),
        createdAt: new Date(createdAt),
        sameAsId,
      };
    },
  );
  return {
    case: found,
    claims: claims.slice(0, CASE_CLAIM_LIMIT),
    claimsCapped: claims.length > CASE_CLAIM_LIMIT,
    evidence: (JSON.parse(rows.evidence) as [string, string, Stance][]).map(([claimId, sourceId, stance]) => ({
      claimId,
      sourceId,
      stance,
    })),
    sources: (JSON.parse(rows.sources) as SourceTuple[]).map(
      ([id, title, url, outlet, publishedAt, originId, originName, originNameAr, listed]) => ({
        id,
        title,
        url,
        outlet,
        publishedAt: publishedAt === null ? null : new Date(publishedAt),
        originId,
        originName,
        originNameAr,
        listed,
      }),
    ),
  };
}

/**
 * The case's claims as `m` (ids) and `c` (the fields the pages read), and their evidence as `ev`:
 * the membership rule of case-scope.ts (claimInCaseSql), driven from the case's own rows rather
 * than tested on each of the team's claims, so its cost follows the case, not the team.
 */
export function caseMembersSql(teamId: string, caseId: string): Prisma.Sql {
  return Prisma.sql`
    WITH m AS (
      SELECT c.id FROM "CaseArticle" ca JOIN "Claim" c ON c."articleId" = ca."articleId"
      WHERE ca."caseId" = ${caseId}::uuid AND ca."allClaims"
      UNION
      SELECT cc."claimId" FROM "CaseClaim" cc WHERE cc."caseId" = ${caseId}::uuid
    ),
    c AS (
      SELECT c.id, c.type, c.status, c.details, c."claimantId", c."verdictId", c."claimedAt", c."createdAt", c."sameAsId",
        c."updatedAt"
      FROM m JOIN "Claim" c ON c.id = m.id AND c."teamId" = ${teamId}::uuid
      ORDER BY c."createdAt", c.id
      LIMIT ${CASE_CLAIM_LIMIT + 1}
    ),
    ev AS (
      SELECT ev."claimId", ev."sourceId", ev.stance, ev."updatedAt" FROM c JOIN "Evidence" ev ON ev."claimId" = c.id
      WHERE ev."teamId" = ${teamId}::uuid
    )`;
}

/** The statements (previews, and their article's language) of the claims a page shows, in one statement. */
export async function loadClaimTexts(
  member: Pick<Member, "teamId">,
  claimIds: readonly string[],
): Promise<Map<string, { statement: string; language: string }>> {
  const ids = [...new Set(claimIds)];
  if (ids.length === 0) return new Map();
  // A preview: case pages list a hundred claims and more, each a link to its whole text.
  const rows = await db.$queryRaw<{ id: string; statement: string; language: string }[]>`
    SELECT c.id, left(c.statement, ${CASE_PREVIEW_LIMIT + 1}) AS statement, a.language
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE c.id = ANY(${ids}::uuid[]) AND c."teamId" = ${member.teamId}::uuid`;
  return new Map(
    rows.map(({ id, statement, language }) => [
      id,
      { statement: previewText(statement, CASE_PREVIEW_LIMIT), language },
    ]),
  );
}

/** Each claim's evidence as corroborationOf reads it, from the case's evidence and sources. */
export function evidenceByClaim(material: CaseMaterial): Map<string, EvidenceForCorroboration[]> {
  const sourceById = new Map(material.sources.map((source) => [source.id, source]));
  const byClaim = new Map<string, EvidenceForCorroboration[]>();
  for (const item of material.evidence) {
    const source = sourceById.get(item.sourceId);
    if (!source) continue;
    const entry: EvidenceForCorroboration = {
      stance: item.stance,
      sourceId: source.id,
      sourceTitle: source.title,
      originId: source.originId,
      originName: source.originName,
      originNameAr: source.originNameAr,
      outlet: source.outlet,
      url: source.url,
    };
    const list = byClaim.get(item.claimId);
    if (list) list.push(entry);
    else byClaim.set(item.claimId, [entry]);
  }
  return byClaim;
}
