import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCreateWebhookEndpointInput, type TCreateWebhookEndpointInput } from "@/lib/schemas/webhooks";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { FetchError } from "@/lib/server/net/fetch-error";
import { assertFetchableUrl } from "@/lib/server/net/ssrf-guard";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/** A team may register this many endpoints: each event fans out to all of them. */
export const MAX_WEBHOOK_ENDPOINTS = 20;

export interface WebhookEndpointDto {
  endpointId: string;
  url: string;
  description: string;
  events: string[];
  createdAt: string;
  createdBy: string | null;
  /** The newest delivery's outcome, to spot a failing endpoint at a glance. */
  lastDelivery: { status: "PENDING" | "SUCCEEDED" | "FAILED"; at: string } | null;
}

/**
 * Registers an endpoint of the admin's team and makes its signing secret, returned this once
 * (it is stored encrypted, to sign with). The address is checked like any fetched link: a private
 * or local address is refused now, and again on every delivery (its DNS may change).
 */
export async function createWebhookEndpoint(
  member: Member,
  raw: TCreateWebhookEndpointInput,
): Promise<{ endpoint: WebhookEndpointDto; secret: string }> {
  assertCan(member, "webhook.manage");
  const parsed = ZCreateWebhookEndpointInput.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION");
  const input = parsed.data;
  try {
    assertFetchableUrl(input.url);
  } catch (error) {
    if (error instanceof FetchError)
      throw new AppError("BAD_INPUT", error.message, { reason: "webhookUrl", fetchCode: error.code });
    throw error;
  }
  const secret = newWebhookSecret();
  const id = await db.$transaction(async (tx) => {
    const live = await tx.webhookEndpoint.count({ where: { teamId: member.teamId, removedAt: null } });
    if (live >= MAX_WEBHOOK_ENDPOINTS)
      throw new AppError("CONFLICT", "Too many webhook endpoints", { reason: "webhookEndpointLimit" });
    const created = await tx.webhookEndpoint.create({
      data: {
        teamId: member.teamId,
        url: input.url,
        description: input.description,
        events: input.events,
        encryptedSecret: sealWebhookSecret(member.teamId, secret),
        createdById: member.userId,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "webhook.create",
      entityType: "WebhookEndpoint",
      entityId: created.id,
      after: { url: input.url, description: input.description, events: input.events },
    });
    return created.id;
  });
  const [endpoint] = await listWebhookEndpoints(member, { endpointId: id });
  return { endpoint: endpoint!, secret };
}

/** Stops sending to an endpoint; what it was sent stays in the log. Another team's id is "not found". */
export async function removeWebhookEndpoint(member: Member, input: { endpointId: string }): Promise<void> {
  assertCan(member, "webhook.manage");
  await db.$transaction(async (tx) => {
    const removed = await tx.webhookEndpoint.updateMany({
      where: { id: input.endpointId, teamId: member.teamId, removedAt: null },
      data: { removedAt: new Date() },
    });
    if (removed.count !== 1) throw new AppError("NOT_FOUND");
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "webhook.remove",
      entityType: "WebhookEndpoint",
      entityId: input.endpointId,
    });
  });
}

/** The team's live endpoints, oldest first (or one of them). */
export async function listWebhookEndpoints(
  member: Member,
  filter: { endpointId?: string } = {},
): Promise<WebhookEndpointDto[]> {
  assertCan(member, "webhook.manage");
  const rows = await db.webhookEndpoint.findMany({
    where: { teamId: member.teamId, removedAt: null, ...(filter.endpointId ? { id: filter.endpointId } : {}) },
    orderBy: { createdAt: "asc" },
    take: MAX_WEBHOOK_ENDPOINTS,
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      deliveries: { orderBy: { id: "desc" }, take: 1, select: { status: true, lastAttemptAt: true, createdAt: true } },
    },
  });
  return rows.map((row) => {
    const last = row.deliveries[0];
    return {
      endpointId: row.id,
      url: row.url,
      description: row.description,
      events: row.events,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy?.name ?? null,
      lastDelivery: last ? { status: last.status, at: (last.lastAttemptAt ?? last.createdAt).toISOString() } : null,
    };
  });
}
