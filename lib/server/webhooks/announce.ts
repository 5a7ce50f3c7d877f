import "server-only";
import type { Tx } from "@/lib/db";
import { captureHealth, type CaptureHealth, type SnapshotFacts } from "@/lib/domain/sources/capture-health";
import { webhookEventForTransition } from "@/lib/domain/webhooks/webhook-events";
import type { WorkflowAction } from "@/lib/domain/workflow/claim-workflow";
import type { z } from "zod";
import type { ZApiArticleListItem } from "@/lib/schemas/api/resources";
import { toApiClaim, toApiExportJob, toApiSource } from "@/lib/server/api/resources";
import type { ExportJobDto } from "@/lib/server/reports/background-export";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { loadSource } from "@/lib/server/sources/load-source";
import { emitWebhookEvent } from "./emit-webhook-event";

/**
 * What the use cases announce to webhooks, each inside the transaction of the change. Payloads
 * are the REST API's resources, so a receiver reads them with the same client and schema.
 */

/** A workflow step, with the claim as it stands after it. */
export async function announceClaimStep(
  tx: Tx,
  step: { teamId: string; action: WorkflowAction; wasPublished: boolean; claim: ClaimDto },
): Promise<void> {
  const type = webhookEventForTransition(step.action, step.wasPublished);
  if (type) await emitWebhookEvent(tx, { teamId: step.teamId, type, data: () => toApiClaim(step.claim) });
}

/** A new article (its text is fetched through the API: an article can be long). */
export async function announceArticleImported(
  tx: Tx,
  article: {
    teamId: string;
    id: string;
    title: string;
    publisher: string | null;
    language: string;
    publishedAt: Date | null;
    createdAt: Date;
  },
): Promise<void> {
  await emitWebhookEvent(tx, {
    teamId: article.teamId,
    type: "article.imported",
    data: (): z.input<typeof ZApiArticleListItem> => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      language: article.language,
      publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
      createdAt: article.createdAt.toISOString(),
      claimCount: 0,
    }),
  });
}

/**
 * After a new capture of a cited source: "source.changed" when its page now differs from what was
 * cited, "source.gone" when it now answers 404/410, each once, when the state turns so (a page
 * that stays changed is not announced again at every capture).
 */
export async function announceSourceCapture(
  tx: Tx,
  capture: { teamId: string; sourceId: string; snapshotId: string },
): Promise<void> {
  const firstCitation = await tx.evidence.findFirst({
    where: { sourceId: capture.sourceId, teamId: capture.teamId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (!firstCitation) return;
  const snapshots: SnapshotFacts[] = await tx.sourceSnapshot.findMany({
    where: { sourceId: capture.sourceId },
    orderBy: { capturedAt: "desc" },
    take: 200,
    select: { id: true, capturedAt: true, httpStatus: true, errorCode: true, sha256: true, textSha256: true },
  });
  const healthOf = (list: SnapshotFacts[]): CaptureHealth => captureHealth(list, firstCitation.createdAt).health;
  const now = healthOf(snapshots);
  const before = healthOf(snapshots.filter((snapshot) => snapshot.id !== capture.snapshotId));
  const type = now === "CHANGED" ? "source.changed" : now === "GONE" ? "source.gone" : null;
  if (!type || before === now) return;
  await emitWebhookEvent(tx, {
    teamId: capture.teamId,
    type,
    data: async () => toApiSource(await loadSource(capture.teamId, capture.sourceId, tx)),
  });
}

/** A report export whose file is ready, as the API's ExportJob (with the link to download it). */
export async function announceExportFinished(tx: Tx, teamId: string, job: ExportJobDto): Promise<void> {
  await emitWebhookEvent(tx, { teamId, type: "export.finished", data: () => toApiExportJob(job) });
}
