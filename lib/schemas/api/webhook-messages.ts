import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/domain/webhooks/webhook-events";
import { ZApiArticleListItem, ZApiClaim, ZApiExportJob, ZApiSourceFull } from "./resources";

/** The API resource each event carries as `data`: a receiver reads it as it reads the API. */
const DATA_OF: Record<WebhookEventType, z.ZodType> = {
  "claim.submitted": ZApiClaim,
  "claim.changes_requested": ZApiClaim,
  "claim.approved": ZApiClaim,
  "claim.published": ZApiClaim,
  "claim.corrected": ZApiClaim,
  "claim.retracted": ZApiClaim,
  "article.imported": ZApiArticleListItem,
  "source.changed": ZApiSourceFull,
  "source.gone": ZApiSourceFull,
  "export.finished": ZApiExportJob,
};

/** The JSON body of one event's message, per Standard Webhooks: `type`, `timestamp`, `data`. */
export function webhookMessageSchema(type: WebhookEventType) {
  return z.object({
    type: z.literal(type),
    timestamp: z.iso.datetime({ offset: true }).meta({ description: "When the event happened." }),
    data: DATA_OF[type],
  });
}

export const WEBHOOK_MESSAGE_SCHEMAS = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [type, webhookMessageSchema(type)]),
) as Record<WebhookEventType, ReturnType<typeof webhookMessageSchema>>;
