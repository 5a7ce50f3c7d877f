import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ensureRatingScale } from "./ensure-rating-scale";
import type { RatingLabelDto } from "./list-rating-scale";

/** A label of the scale as a claim's rating needs it: without how often it is used. */
export type RatingLabelOption = Omit<RatingLabelDto, "usage">;

/**
 * The team's verdict scale in order, retired labels included (marked), for rating a claim. One
 * small read: unlike listRatingScale it does not count each label's claims, which the claim page
 * does not show.
 */
export async function listRatingLabels(member: Member): Promise<RatingLabelOption[]> {
  assertCan(member, "team.read");
  let labels = await readLabels(member.teamId);
  if (labels.length === 0) {
    await ensureRatingScale(member.teamId);
    labels = await readLabels(member.teamId);
  }
  return labels.map(({ retiredAt, ...label }) => ({ ...label, retired: retiredAt !== null }));
}

/** A label's fields as the scale shows them, in the scale's order. */
export const LABEL_SELECT = {
  id: true,
  key: true,
  name: true,
  nameAr: true,
  color: true,
  position: true,
  ratingValue: true,
  retiredAt: true,
  version: true,
} as const;

export const SCALE_ORDER = [{ position: "asc" }, { createdAt: "asc" }] as const;

const readLabels = (teamId: string) =>
  db.ratingLabel.findMany({ where: { teamId }, orderBy: [...SCALE_ORDER], select: LABEL_SELECT });
