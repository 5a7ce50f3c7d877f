-- The team's public feed of published claims (issue 18, point 6): JSON Feed and ClaimReview behind an
-- unguessable, revocable link; and the index that reads the team's published claims newest first.

-- CreateTable
CREATE TABLE "FeedLink" (
    "id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "teamId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "FeedLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedLink_token_key" ON "FeedLink"("token");

-- CreateIndex
CREATE INDEX "FeedLink_teamId_createdAt_idx" ON "FeedLink"("teamId", "createdAt");

-- CreateIndex
CREATE INDEX "Claim_teamId_publishedAt_id_idx" ON "Claim"("teamId", "publishedAt", "id");

-- AddForeignKey
ALTER TABLE "FeedLink" ADD CONSTRAINT "FeedLink_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedLink" ADD CONSTRAINT "FeedLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
