-- The name an entity goes by in the Arabic interface (kept among its aliases for matching too).
ALTER TABLE "Entity" ADD COLUMN "arabicName" TEXT;
