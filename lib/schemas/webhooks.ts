import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks/webhook-events";

export const WEBHOOK_URL_MAX_LENGTH = 2048;
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 200;

export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);

/**
 * A new endpoint: where to send (http or https; private addresses are refused by the use case,
 * and again by the fetcher on every delivery), what it is for, and which events it receives.
 */
export const ZCreateWebhookEndpointInput = z.object({
  url: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(WEBHOOK_URL_MAX_LENGTH, { error: "tooLong" })
    .refine((value) => /^https?:\/\//i.test(value), { error: "webhookUrl" }),
  description: z.string().trim().max(WEBHOOK_DESCRIPTION_MAX_LENGTH, { error: "tooLong" }).default(""),
  events: z
    .array(ZWebhookEventType)
    .min(1, { error: "webhookEvents" })
    .max(WEBHOOK_EVENT_TYPES.length)
    .transform((events) => [...new Set(events)]),
});
export type TCreateWebhookEndpointInput = z.input<typeof ZCreateWebhookEndpointInput>;

export const ZWebhookEndpointRef = z.object({ endpointId: z.uuid() });
export const ZWebhookDeliveryRef = z.object({ deliveryId: z.uuid() });
