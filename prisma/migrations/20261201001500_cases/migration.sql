-- Cases (issue 19): one story across many articles, claims and sources, with a public edition and links.

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "leadId" UUID,
    "eventStart" TIMESTAMP(3),
    "eventEnd" TIMESTAMP(3),
    "places" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdById" UUID,
    "updatedById" UUID,
    "editionChangedByIds" UUID[] DEFAULT ARRAY[]::UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedEdition" JSONB,
    "editionPublishedAt" TIMESTAMP(3),
    "editionPublishedById" UUID,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseArticle" (
    "caseId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "allClaims" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseArticle_pkey" PRIMARY KEY ("caseId","articleId")
);

-- CreateTable
CREATE TABLE "CaseClaim" (
    "caseId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseClaim_pkey" PRIMARY KEY ("caseId","claimId")
);

-- CreateTable
CREATE TABLE "CaseSource" (
    "caseId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseSource_pkey" PRIMARY KEY ("caseId","sourceId")
);

-- CreateTable
CREATE TABLE "CaseLink" (
    "id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "teamId" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CaseLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_teamId_createdAt_id_idx" ON "Case"("teamId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "CaseArticle_articleId_caseId_idx" ON "CaseArticle"("articleId", "caseId");

-- CreateIndex
CREATE INDEX "CaseClaim_claimId_caseId_idx" ON "CaseClaim"("claimId", "caseId");

-- CreateIndex
CREATE INDEX "CaseSource_sourceId_caseId_idx" ON "CaseSource"("sourceId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseLink_token_key" ON "CaseLink"("token");

-- CreateIndex
CREATE INDEX "CaseLink_caseId_idx" ON "CaseLink"("caseId");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_editionPublishedById_fkey" FOREIGN KEY ("editionPublishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseArticle" ADD CONSTRAINT "CaseArticle_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseArticle" ADD CONSTRAINT "CaseArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClaim" ADD CONSTRAINT "CaseClaim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseClaim" ADD CONSTRAINT "CaseClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseLink" ADD CONSTRAINT "CaseLink_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseLink" ADD CONSTRAINT "CaseLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseLink" ADD CONSTRAINT "CaseLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
