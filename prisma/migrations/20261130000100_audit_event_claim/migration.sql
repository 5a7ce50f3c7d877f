-- Issue 15: a claim's history filtered every audit event of the team on JSON fields (an OR over
-- entityId, after->claimId and before->claimId) and scanned them all. Each event now names the
-- claim it belongs to, written with the event (lib/server/audit/record-audit-event.ts), and the
-- history reads one index range.

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "claimId" UUID;

-- Backfill from the fields the history query used: the claim's own events, and its evidence and
-- comment events (which carry the claim in their after, or for a removed evidence its before).
-- The append-only trigger refuses every UPDATE, the owner's too; it is switched off for this one
-- statement only, inside the migration's transaction (a failure rolls the switch back with it).
-- The app's role can do neither (no TRIGGER right, no UPDATE on this table).
ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update_or_delete;

UPDATE "AuditEvent"
SET "claimId" = CAST(
  CASE WHEN "entityType" = 'Claim' THEN "entityId" ELSE COALESCE("after"->>'claimId', "before"->>'claimId') END
  AS UUID)
WHERE ("entityType" = 'Claim' AND "entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
   OR ("entityType" IN ('Evidence', 'Comment')
       AND COALESCE("after"->>'claimId', "before"->>'claimId')
           ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');

ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update_or_delete;

-- CreateIndex
CREATE INDEX "AuditEvent_claimId_id_idx" ON "AuditEvent"("claimId", "id");
