-- A claimant's claims in the entity page's order (latest claimed first, undated last, id as the
-- tie-break), carrying the verdict so its per-label counts are an index-only scan. It replaces
-- the (teamId, claimantId) index, which is its prefix. schema.prisma can declare neither NULLS LAST
-- nor INCLUDE, so the schema test lists it as an allowed extra.
CREATE INDEX "Claim_claimant_claimedAt_id_idx"
  ON "Claim" ("teamId", "claimantId", "claimedAt" DESC NULLS LAST, "id" DESC) INCLUDE ("verdictId");

DROP INDEX "Claim_teamId_claimantId_idx";
