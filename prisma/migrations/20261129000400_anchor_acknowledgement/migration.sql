-- Anchors after corrections (issue 13): a claim whose quote a new revision changed (FUZZY) or removed
-- (ORPHANED) can be acknowledged as such, with a note, so that approve and publish no longer wait for it.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorAcknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "anchorAcknowledgedById" UUID,
ADD COLUMN     "anchorNote" TEXT;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_anchorAcknowledgedById_fkey" FOREIGN KEY ("anchorAcknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
