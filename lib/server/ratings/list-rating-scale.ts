import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ensureRatingScale } from "./ensure-rating-scale";
import { LABEL_SELECT, SCALE_ORDER } from "./list-rating-labels";

export interface RatingLabelDto {
  id: string;
  key: string;
  name: string;
  nameAr: string | null;
  color: string;
  position: number;
  ratingValue: number | null;
  retired: boolean;
  version: number;
  /** Claims carrying this verdict: a label in use can be retired, not deleted. */
  usage: number;
}

/** The team's verdict scale in order, retired labels included (marked). */
export async function listRatingScale(member: Member): Promise<RatingLabelDto[]> {
  assertCan(member, "team.read");
  await ensureRatingScale(member.teamId);
  const labels = await db.ratingLabel.findMany({
    where: { teamId: member.teamId },
    orderBy: [...SCALE_ORDER],
    select: { ...LABEL_SELECT, _count: { select: { claims: true } } },
  });
  return labels.map(({ retiredAt, _count, ...label }) => ({
    ...label,
    retired: retiredAt !== null,
    usage: _count.claims,
  }));
}
