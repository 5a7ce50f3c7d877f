import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { caseMembersSql, readCaseMaterial, type CaseMaterial } from "./case-material";

/** Cases whose material a process keeps (a few MB each at 5,000 claims), least recently used dropped first. */
const KEPT_CASES = 20;

const kept = new Map<string, { fingerprint: string; material: Promise<CaseMaterial> }>();

/**
 * A case's material, read again only when something it is made of changed. One statement reads
 * a fingerprint of all of it — the case row (its members' changes touch it), its claims (how many,
 * which, their last change), their citations, and the team's sources and entities (titles, origins,
 * names) — and the material read last time is reused while it is the same. Every process checks
 * for itself, so several app processes never show each other's stale copy.
 */
export async function loadCaseMaterial(member: Pick<Member, "teamId">, caseId: string): Promise<CaseMaterial> {
  const fingerprint = await caseFingerprint(member.teamId, caseId);
  if (fingerprint === null) throw new AppError("NOT_FOUND");
  const key = `${member.teamId}/${caseId}`;
  const hit = kept.get(key);
  if (hit?.fingerprint === fingerprint) {
    kept.delete(key);
    kept.set(key, hit);
    return hit.material;
  }
  const material = readCaseMaterial(member, caseId);
  kept.set(key, { fingerprint, material });
  // A failed read is not kept.
  material.catch(() => kept.get(key)?.material === material && kept.delete(key));
  while (kept.size > KEPT_CASES) kept.delete(kept.keys().next().value!);
  return material;
}

async function caseFingerprint(teamId: string, caseId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ fingerprint: string | null }[]>`
    ${caseMembersSql(teamId, caseId)}
    SELECT concat_ws('/',
      k."updatedAt", k.title, k."eventStart", k."eventEnd",
      (SELECT concat_ws(':', count(*), sum(hashtext(c.id::text)::bigint), max(c."updatedAt")) FROM c),
      (SELECT concat_ws(':', count(*), sum(hashtext(ev."sourceId"::text || ev.stance)::bigint), max(ev."updatedAt")) FROM ev),
      (SELECT concat_ws(':', count(*), max(cs."createdAt")) FROM "CaseSource" cs WHERE cs."caseId" = k.id),
      (SELECT concat_ws(':', count(*), max(s."updatedAt")) FROM "Source" s WHERE s."teamId" = k."teamId"),
      (SELECT concat_ws(':', count(*), max(e."updatedAt")) FROM "Entity" e WHERE e."teamId" = k."teamId")
    ) AS fingerprint
    FROM "Case" k WHERE k.id = ${caseId}::uuid AND k."teamId" = ${teamId}::uuid`;
  return row?.fingerprint ?? null;
}
