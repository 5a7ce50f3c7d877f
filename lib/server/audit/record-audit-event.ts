import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actingTokenId } from "@/lib/server/api-tokens/acting-token";

export interface AuditEventInput {
  teamId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/**
 * Writes one append-only audit event inside the caller's transaction, so the change and
 * its record commit or fail together. A change made through an API token names the token.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, claimId: claimOf(event), tokenId: actingTokenId() } });
}

/**
 * The claim whose history shows the event (read by an index, lib/server/claims/get-claim-history):
 * the claim's own events, and its evidence's and comments', which carry the claim in what they
 * record (a removed evidence only in `before`). The migration 20261130000100 filled old events
 * by the same rule.
 */
function claimOf(event: AuditEventInput): string | null {
  if (event.entityType === "Claim") return event.entityId;
  if (event.entityType !== "Evidence" && event.entityType !== "Comment") return null;
  const claimId = fieldOf(event.after, "claimId") ?? fieldOf(event.before, "claimId");
  return typeof claimId === "string" && UUID.test(claimId) ? claimId : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fieldOf = (value: Prisma.InputJsonValue | undefined, field: string): unknown =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)[field]
    : undefined;
