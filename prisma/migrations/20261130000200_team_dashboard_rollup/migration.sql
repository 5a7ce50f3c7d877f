-- Issue 15: the dashboard counted every claim of the team on each view (four scans). It now reads
-- one row per team, refreshed by a background job (dashboard.refresh).

-- CreateTable
CREATE TABLE "TeamDashboardRollup" (
    "teamId" UUID NOT NULL,
    "figures" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "refreshRequestedAt" TIMESTAMP(3),

    CONSTRAINT "TeamDashboardRollup_pkey" PRIMARY KEY ("teamId")
);

-- AddForeignKey
ALTER TABLE "TeamDashboardRollup" ADD CONSTRAINT "TeamDashboardRollup_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
