-- Issue 15: every list is paged by keyset; each page is read from an index that ends with the
-- page's sort key and the id that breaks ties, so page 1 and page 500 read 50 rows.

-- DropIndex
DROP INDEX "Article_teamId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Article_teamId_createdAt_id_idx" ON "Article"("teamId", "createdAt", "id");

-- DropIndex
DROP INDEX "Entity_teamId_name_idx";

-- CreateIndex
CREATE INDEX "Entity_teamId_name_id_idx" ON "Entity"("teamId", "name", "id");

-- DropIndex
DROP INDEX "Claim_teamId_status_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Claim_teamId_status_submittedAt_id_idx" ON "Claim"("teamId", "status", "submittedAt", "id");

-- The "needs attention" list reads only the team's FUZZY and ORPHANED claims, never all of them.
-- CreateIndex
CREATE INDEX "Claim_teamId_anchorStatus_idx" ON "Claim"("teamId", "anchorStatus");

-- DropIndex
DROP INDEX "Source_teamId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Source_teamId_createdAt_id_idx" ON "Source"("teamId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_teamId_kind_createdAt_id_idx" ON "Notification"("userId", "teamId", "kind", "createdAt", "id");
