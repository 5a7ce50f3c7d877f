import "server-only";
import { Webhook } from "standardwebhooks";
import { z } from "zod";
import { db } from "@/lib/db";
import { isDelivered, webhookRetryDelayMs } from "@/lib/domain/webhooks/webhook-events";
import { completeJob, retryJobLater, type TakenJob } from "@/lib/server/jobs/job-queue";
import { FetchError } from "@/lib/server/net/fetch-error";
import { safeFetch } from "@/lib/server/net/safe-fetch";
import { openWebhookSecret } from "./webhook-secret";

const ZDeliverPayload = z.object({ deliveryId: z.uuid() });

/** A receiver gets this long to answer; a slow one is retried later rather than holding the queue. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Only the status matters; a receiver answering with more than this is cut off (a failed attempt). */
const MAX_RESPONSE_BYTES = 256 * 1024;

/**
 * The "webhook.deliver" job: signs the stored body with the endpoint's secret (Standard Webhooks:
 * `webhook-id`, `webhook-timestamp`, `webhook-signature`), POSTs it through the SSRF-safe fetcher
 * (private addresses refused, redirects not followed), and records the attempt. A non-2xx answer
 * or a network failure is retried on the backoff schedule; after the last attempt the delivery is
 * FAILED and stays in the log to be redelivered by hand.
 */
export async function deliverWebhookJob(job: TakenJob): Promise<void> {
  const { deliveryId } = ZDeliverPayload.parse(job.payload);
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, teamId: job.teamId },
    select: {
      id: true,
      messageId: true,
      payload: true,
      endpoint: { select: { url: true, encryptedSecret: true, removedAt: true } },
    },
  });
  if (!delivery) {
    await db.$transaction((tx) => completeJob(tx, job, { skipped: "no such delivery" }));
    return;
  }
  if (delivery.endpoint.removedAt) {
    await finish(job, delivery.id, {
      status: "FAILED",
      responseStatus: null,
      durationMs: null,
      errorCode: "ENDPOINT_REMOVED",
    });
    return;
  }

  const attempt = await post(job.teamId, delivery.endpoint, delivery.messageId, delivery.payload);
  if (isDelivered(attempt.responseStatus)) {
    await finish(job, delivery.id, { status: "SUCCEEDED", ...attempt, errorCode: null });
    return;
  }
  const errorCode = attempt.errorCode ?? `HTTP_${attempt.responseStatus}`;
  const delay = webhookRetryDelayMs(job.attempts);
  const retried =
    delay !== null &&
    (await db.$transaction(async (tx) => {
      if (!(await retryJobLater(tx, job, errorCode, delay))) return false;
      await tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          status: "PENDING",
          attempts: job.attempts,
          responseStatus: attempt.responseStatus,
          durationMs: attempt.durationMs,
          errorCode,
          lastAttemptAt: new Date(),
          nextAttemptAt: new Date(Date.now() + delay),
        },
      });
      return true;
    }));
  if (!retried) await finish(job, delivery.id, { status: "FAILED", ...attempt, errorCode });
}

interface Attempt {
  responseStatus: number | null;
  durationMs: number | null;
  errorCode: string | null;
}

async function post(
  teamId: string,
  endpoint: { url: string; encryptedSecret: string },
  messageId: string,
  body: string,
): Promise<Attempt> {
  const now = new Date();
  const signature = new Webhook(openWebhookSecret(teamId, endpoint.encryptedSecret)).sign(messageId, now, body);
  const started = performance.now();
  try {
    const response = await safeFetch(endpoint.url, {
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBytes: MAX_RESPONSE_BYTES,
      post: {
        body,
        headers: {
          "content-type": "application/json",
          "webhook-id": messageId,
          "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
          "webhook-signature": signature,
        },
      },
    });
    return { responseStatus: response.status, durationMs: elapsed(started), errorCode: null };
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return { responseStatus: null, durationMs: elapsed(started), errorCode: error.code };
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started);

async function finish(
  job: TakenJob,
  deliveryId: string,
  outcome: Attempt & { status: "SUCCEEDED" | "FAILED" },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { ...outcome, attempts: job.attempts, lastAttemptAt: new Date(), nextAttemptAt: null },
    });
    await completeJob(tx, job, { status: outcome.status, responseStatus: outcome.responseStatus });
  });
}
