-- AlterEnum
ALTER TYPE "ClaimStatus" ADD VALUE 'RETRACTED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractionNote" TEXT;
