-- Issue 15: the entity page read every claim of the team to find one claimant's, and the rating
-- scale counted each label's usage over every claim.

-- CreateIndex
CREATE INDEX "Claim_teamId_claimantId_idx" ON "Claim"("teamId", "claimantId");

-- CreateIndex
CREATE INDEX "Claim_verdictId_idx" ON "Claim"("verdictId");
