import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { canonicalizeUrl } from "@/lib/domain/sources/canonical-url";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateSourceInput } from "@/lib/schemas/sources";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { enqueueJob } from "@/lib/server/jobs/job-queue";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";
import { assertFetchableUrl } from "@/lib/server/net/ssrf-guard";
import { FetchError } from "@/lib/server/net/fetch-error";
import { loadSource } from "./load-source";
import { sourceAuditView, type SourceDto } from "./source-dto";
import { guessFromNotes } from "./guess-source-origin";
import { assertOriginInTeam } from "./source-origin";

export interface CreatedSource {
  source: SourceDto;
  /** The URL was already in the library: this is the existing source, unchanged. */
  existing: boolean;
}

/**
 * Adds a source to the team's library. A URL is canonicalised and, when the team already
 * has it, the existing source is returned instead of a duplicate. A URL source gets a
 * capture job in the same transaction; the capture itself runs off the request path.
 */
export async function createSource(member: Member, input: TCreateSourceInput): Promise<CreatedSource> {
  assertCan(member, "source.create");
  const url = input.url ? canonicalUrlOrThrow(input.url) : null;
  if (url) {
    const known = await db.source.findFirst({ where: { teamId: member.teamId, url }, select: { id: true } });
    if (known) return { source: await loadSource(member.teamId, known.id), existing: true };
  }
  try {
    const source = await db.$transaction(async (tx) => {
      await assertOriginInTeam(tx, member.teamId, input.originId);
      const guess = await guessFromNotes(tx, member.teamId, input);
      const created = await tx.source.create({
        data: {
          teamId: member.teamId,
          url,
          // Until the capture finds the page's title, the address stands in for it.
          title: input.title ?? url!,
          outlet: input.outlet,
          author: input.author,
          publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
          language: input.language,
          kind: input.kind,
          reliability: input.reliability,
          originId: input.originId,
          suggestedOriginId: guess?.entityId ?? null,
          suggestedOriginCue: guess?.cue ?? null,
          notes: input.notes,
          createdById: member.userId,
          updatedById: member.userId,
        },
        select: { id: true },
      });
      if (url)
        await enqueueJob(tx, {
          teamId: member.teamId,
          kind: "source.capture",
          subjectId: created.id,
          payload: { sourceId: created.id },
          createdById: member.userId,
        });
      const dto = await loadSource(member.teamId, created.id, tx);
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "source.create",
        entityType: "Source",
        entityId: created.id,
        after: sourceAuditView(dto),
      });
      return dto;
    });
    if (url) wakeJobWorker();
    return { source, existing: false };
  } catch (error) {
    // Two people adding the same URL at once: the second gets the first one's source.
    if (url && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const known = await db.source.findFirstOrThrow({ where: { teamId: member.teamId, url }, select: { id: true } });
      return { source: await loadSource(member.teamId, known.id), existing: true };
    }
    throw error;
  }
}

/** Refuses what can be refused before anything is stored: bad syntax, other schemes, private IP literals. */
function canonicalUrlOrThrow(raw: string): string {
  try {
    assertFetchableUrl(raw);
  } catch (error) {
    if (error instanceof FetchError) throw new AppError("BAD_INPUT", error.message, { reason: error.code });
    throw error;
  }
  const url = canonicalizeUrl(raw);
  if (!url) throw new AppError("BAD_INPUT", "Invalid URL", { reason: "INVALID_URL" });
  return url;
}
