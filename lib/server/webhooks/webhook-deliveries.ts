import "server-only";
import { randomUUID } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { WEBHOOK_TEST_EVENT } from "@/lib/domain/webhooks/webhook-events";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";
import { queueDeliveries, type WebhookMessage } from "./emit-webhook-event";

export const DELIVERY_PAGE_SIZE = 50;

export interface WebhookDeliveryDto {
  deliveryId: string;
  messageId: string;
  eventType: string;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  responseStatus: number | null;
  durationMs: number | null;
  errorCode: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
}

/** An endpoint's deliveries, newest first, a page at a time (`before` = the last id of the page shown). */
export async function listWebhookDeliveries(
  member: Member,
  input: { endpointId: string; before?: string | null },
): Promise<{ items: WebhookDeliveryDto[]; next: string | null }> {
  assertCan(member, "webhook.manage");
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: input.endpointId, teamId: member.teamId },
    select: { id: true },
  });
  if (!endpoint) throw new AppError("NOT_FOUND");
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId: endpoint.id, ...(input.before ? { id: { lt: input.before } } : {}) },
    orderBy: { id: "desc" },
    take: DELIVERY_PAGE_SIZE + 1,
    select: {
      id: true,
      messageId: true,
      eventType: true,
      status: true,
      attempts: true,
      responseStatus: true,
      durationMs: true,
      errorCode: true,
      createdAt: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
    },
  });
  const page = rows.slice(0, DELIVERY_PAGE_SIZE);
  return {
    items: page.map((row) => ({
      deliveryId: row.id,
      messageId: row.messageId,
      eventType: row.eventType,
      status: row.status,
      attempts: row.attempts,
      responseStatus: row.responseStatus,
      durationMs: row.durationMs,
      errorCode: row.errorCode,
      createdAt: row.createdAt.toISOString(),
      lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
      nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    })),
    next: rows.length > DELIVERY_PAGE_SIZE ? page.at(-1)!.id : null,
  };
}

/** Queues a "webhook.test" message to one endpoint, to check the receiver and its signature check. */
export async function sendTestWebhook(member: Member, input: { endpointId: string }): Promise<{ deliveryId: string }> {
  assertCan(member, "webhook.manage");
  const deliveryId = await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: input.endpointId, teamId: member.teamId, removedAt: null },
      select: { id: true },
    });
    if (!endpoint) throw new AppError("NOT_FOUND");
    const message: WebhookMessage = {
      type: WEBHOOK_TEST_EVENT,
      timestamp: new Date().toISOString(),
      data: { endpointId: endpoint.id, teamId: member.teamId },
    };
    const [id] = await queueDeliveries(tx, {
      teamId: member.teamId,
      endpointIds: [endpoint.id],
      eventType: message.type,
      body: JSON.stringify(message),
      messageId: `msg_${randomUUID()}`,
      createdById: member.userId,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "webhook.test",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      after: { deliveryId: id! },
    });
    return id!;
  });
  wakeJobWorker();
  return { deliveryId };
}

/**
 * Sends a delivery's message again, as a new delivery with the same body and `webhook-id` (a
 * receiver that processed it already can tell), after the receiver was fixed. Not to a removed endpoint.
 */
export async function redeliverWebhook(member: Member, input: { deliveryId: string }): Promise<{ deliveryId: string }> {
  assertCan(member, "webhook.manage");
  const deliveryId = await db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({
      where: { id: input.deliveryId, teamId: member.teamId },
      select: {
        id: true,
        messageId: true,
        eventType: true,
        payload: true,
        endpoint: { select: { id: true, removedAt: true } },
      },
    });
    if (!original) throw new AppError("NOT_FOUND");
    if (original.endpoint.removedAt)
      throw new AppError("CONFLICT", "The endpoint was removed", { reason: "webhookEndpointRemoved" });
    const [id] = await queueDeliveries(tx, {
      teamId: member.teamId,
      endpointIds: [original.endpoint.id],
      eventType: original.eventType,
      body: original.payload,
      messageId: original.messageId,
      createdById: member.userId,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "webhook.redeliver",
      entityType: "WebhookEndpoint",
      entityId: original.endpoint.id,
      after: { deliveryId: id!, of: original.id, messageId: original.messageId },
    });
    return id!;
  });
  wakeJobWorker();
  return { deliveryId };
}
