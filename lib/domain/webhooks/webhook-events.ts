import type { WorkflowAction } from "@/lib/domain/workflow/claim-workflow";

/**
 * The events a team's webhook endpoints can subscribe to. Names follow Standard Webhooks'
 * advice (`<group>.<event>`, lowercase); payloads carry the REST API's own resource shapes.
 */
export const WEBHOOK_EVENT_TYPES = [
  "claim.submitted",
  "claim.changes_requested",
  "claim.approved",
  "claim.published",
  "claim.corrected",
  "claim.retracted",
  "article.imported",
  "source.changed",
  "source.gone",
  "export.finished",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "send test event": an endpoint never subscribes to it. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/**
 * The event a workflow step announces, if any. Publishing a claim that was published before
 * puts its correction on the record, so that is "corrected"; starting a correction (a draft
 * nobody outside sees yet) announces nothing, nor do steps back into the fact-checker's hands.
 */
export function webhookEventForTransition(action: WorkflowAction, wasPublished: boolean): WebhookEventType | null {
  switch (action) {
    case "submit":
      return "claim.submitted";
    case "requestChanges":
      return "claim.changes_requested";
    case "approve":
      return "claim.approved";
    case "publish":
      return wasPublished ? "claim.corrected" : "claim.published";
    case "retract":
      return "claim.retracted";
    default:
      return null;
  }
}

/**
 * When to try a failed delivery again, after attempt `attempt` (1-based), in the spirit of
 * Standard Webhooks' suggested schedule: quickly at first, then up to hours apart, so a
 * receiver down for an afternoon still gets every message. Null once attempts are used up.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

export function webhookRetryDelayMs(attempt: number): number | null {
  return WEBHOOK_RETRY_DELAYS_MS[attempt - 1] ?? null;
}

/** A receiver's answer counts as delivered only when it is 2xx (a redirect is not followed). */
export function isDelivered(status: number | null): boolean {
  return status !== null && status >= 200 && status <= 299;
}
