import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { WEBHOOK_MAX_ATTEMPTS, type WebhookEventType } from "@/lib/domain/webhooks/webhook-events";
import { enqueueJob } from "@/lib/server/jobs/job-queue";

/** The body every endpoint gets, per Standard Webhooks: what happened, when, and the resource. */
export interface WebhookMessage {
  type: string;
  timestamp: string;
  data: unknown;
}

/**
 * Queues `type` for every endpoint of the team that subscribed to it, inside the caller's
 * transaction: the change and its announcement commit together or not at all. The payload is
 * built only when someone listens, and fixed now, so every retry sends the same bytes.
 */
export async function emitWebhookEvent(
  tx: Tx,
  event: { teamId: string; type: WebhookEventType; data: () => unknown | Promise<unknown> },
): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { teamId: event.teamId, removedAt: null, events: { has: event.type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const message: WebhookMessage = { type: event.type, timestamp: new Date().toISOString(), data: await event.data() };
  await queueDeliveries(tx, {
    teamId: event.teamId,
    endpointIds: endpoints.map((endpoint) => endpoint.id),
    eventType: event.type,
    body: JSON.stringify(message),
    messageId: `msg_${randomUUID()}`,
  });
  return endpoints.length;
}

/**
 * One delivery row and one job per endpoint. `messageId` (the `webhook-id`) is shared by a
 * message's deliveries; `body` is the exact JSON that is signed and sent.
 */
export async function queueDeliveries(
  tx: Tx,
  message: {
    teamId: string;
    endpointIds: readonly string[];
    eventType: string;
    body: string;
    messageId: string;
    createdById?: string | null;
  },
): Promise<string[]> {
  const ids: string[] = [];
  for (const endpointId of message.endpointIds) {
    const delivery = await tx.webhookDelivery.create({
      data: {
        teamId: message.teamId,
        endpointId,
        messageId: message.messageId,
        eventType: message.eventType,
        payload: message.body,
        nextAttemptAt: new Date(),
      },
      select: { id: true },
    });
    await enqueueJob(tx, {
      teamId: message.teamId,
      kind: "webhook.deliver",
      subjectId: delivery.id,
      payload: { deliveryId: delivery.id },
      createdById: message.createdById ?? null,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    });
    ids.push(delivery.id);
  }
  return ids;
}
