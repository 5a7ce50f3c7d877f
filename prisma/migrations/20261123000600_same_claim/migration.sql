-- "Same claim as": a claim points at an already checked claim that says the same thing.
ALTER TABLE "Claim" ADD COLUMN "sameAsId" UUID;
ALTER TABLE "Claim" ADD COLUMN "sameAsNote" TEXT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sameAsId_fkey" FOREIGN KEY ("sameAsId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sameAs_not_self" CHECK ("sameAsId" IS NULL OR "sameAsId" <> "id");
CREATE INDEX "Claim_sameAsId_idx" ON "Claim"("sameAsId");
