import "server-only";
import { db, type Tx } from "@/lib/db";
import { DEFAULT_SCALE } from "@/lib/domain/ratings/rating-scale";

/** Gives a team the default verdict scale the first time it is needed (idempotent, race-safe). */
export async function ensureRatingScale(teamId: string, client: Tx | typeof db = db): Promise<void> {
  const existing = await client.ratingLabel.count({ where: { teamId } });
  if (existing > 0) return;
  await client.ratingLabel.createMany({
    data: DEFAULT_SCALE.map((label) => ({ ...label, teamId })),
    skipDuplicates: true,
  });
}
