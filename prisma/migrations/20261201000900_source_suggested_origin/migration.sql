-- The origin a source's own words name ("according to AFP"), guessed when it is captured or its
-- notes are written, until someone confirms it as the source's origin.
ALTER TABLE "Source" ADD COLUMN "suggestedOriginId" UUID;
ALTER TABLE "Source" ADD COLUMN "suggestedOriginCue" TEXT;
ALTER TABLE "Source" ADD CONSTRAINT "Source_suggestedOriginId_fkey" FOREIGN KEY ("suggestedOriginId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;
