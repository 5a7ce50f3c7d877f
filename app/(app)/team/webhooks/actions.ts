"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZCreateWebhookEndpointInput, ZWebhookDeliveryRef, ZWebhookEndpointRef } from "@/lib/schemas/webhooks";
import { redeliverWebhook, sendTestWebhook } from "@/lib/server/webhooks/webhook-deliveries";
import { createWebhookEndpoint, removeWebhookEndpoint } from "@/lib/server/webhooks/webhook-endpoints";

export const createWebhookEndpointAction = authedAction(ZCreateWebhookEndpointInput, createWebhookEndpoint);
export const removeWebhookEndpointAction = authedAction(ZWebhookEndpointRef, removeWebhookEndpoint);
export const sendTestWebhookAction = authedAction(ZWebhookEndpointRef, sendTestWebhook);
export const redeliverWebhookAction = authedAction(ZWebhookDeliveryRef, redeliverWebhook);
