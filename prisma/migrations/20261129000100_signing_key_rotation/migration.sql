-- Signing key rotation: several keys per team, the current one without notAfter.

-- DropIndex
DROP INDEX "TeamSigningKey_teamId_key";

-- AlterTable
ALTER TABLE "TeamSigningKey" ADD COLUMN     "notAfter" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "TeamSigningKey_teamId_idx" ON "TeamSigningKey"("teamId");

-- At most one current key per team (two first signatures at once agree on one key; a rotation
-- retires the old key before adding the new one). Partial: schema.prisma cannot declare it.
CREATE UNIQUE INDEX "TeamSigningKey_one_current_per_team" ON "TeamSigningKey"("teamId") WHERE "notAfter" IS NULL;
