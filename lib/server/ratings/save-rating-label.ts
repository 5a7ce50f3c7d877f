import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { labelKeyFor } from "@/lib/domain/ratings/rating-scale";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TRatingLabelInput } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { ensureRatingScale } from "./ensure-rating-scale";

const labelView = (label: {
  key: string;
  name: string;
  nameAr: string | null;
  color: string;
  position: number;
  ratingValue: number | null;
  retiredAt: Date | null;
}): Prisma.InputJsonValue => ({
  key: label.key,
  name: label.name,
  nameAr: label.nameAr,
  color: label.color,
  position: label.position,
  ratingValue: label.ratingValue,
  retired: label.retiredAt !== null,
});

async function findLabel(tx: Tx, teamId: string, labelId: string) {
  const label = await tx.ratingLabel.findFirst({ where: { id: labelId, teamId } });
  if (!label) throw new AppError("NOT_FOUND");
  return label;
}

async function audit(
  tx: Tx,
  member: Member,
  action: string,
  labelId: string,
  before: Prisma.InputJsonValue | undefined,
  after: Prisma.InputJsonValue | undefined,
) {
  await recordAuditEvent(tx, {
    teamId: member.teamId,
    actorId: member.userId,
    action,
    entityType: "RatingLabel",
    entityId: labelId,
    before,
    after,
  });
}

/** Adds a label at the end of the scale, or renames/recolours/remaps one (versioned). */
export async function saveRatingLabel(member: Member, input: TRatingLabelInput): Promise<{ labelId: string }> {
  assertCan(member, "scale.manage");
  return db.$transaction(async (tx) => {
    await ensureRatingScale(member.teamId, tx);
    const fields = {
      name: input.name,
      nameAr: input.nameAr,
      color: input.color.toLowerCase(),
      ratingValue: input.ratingValue,
    };
    if (!input.labelId) {
      const existing = await tx.ratingLabel.findMany({
        where: { teamId: member.teamId },
        select: { key: true, position: true },
      });
      const created = await tx.ratingLabel.create({
        data: {
          ...fields,
          teamId: member.teamId,
          key: labelKeyFor(input.name, new Set(existing.map((label) => label.key))),
          position: Math.max(-1, ...existing.map((label) => label.position)) + 1,
        },
      });
      await audit(tx, member, "ratingLabel.create", created.id, undefined, labelView(created));
      return { labelId: created.id };
    }
    const before = await findLabel(tx, member.teamId, input.labelId);
    const updated = await tx.ratingLabel.updateMany({
      where: { id: before.id, version: input.version ?? before.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION", "Label changed");
    await audit(
      tx,
      member,
      "ratingLabel.update",
      before.id,
      labelView(before),
      labelView(await findLabel(tx, member.teamId, before.id)),
    );
    return { labelId: before.id };
  });
}

/** Swaps a label with its neighbour: the order people see in the verdict list. */
export async function moveRatingLabel(
  member: Member,
  input: { labelId: string; direction: "up" | "down" },
): Promise<{ labelId: string }> {
  assertCan(member, "scale.manage");
  return db.$transaction(async (tx) => {
    const labels = await tx.ratingLabel.findMany({
      where: { teamId: member.teamId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    const index = labels.findIndex((label) => label.id === input.labelId);
    if (index === -1) throw new AppError("NOT_FOUND");
    const other = labels[input.direction === "up" ? index - 1 : index + 1];
    if (!other) return { labelId: input.labelId };
    const label = labels[index]!;
    // Renumber the whole scale so positions stay dense and unique.
    const order = labels.map((entry) => entry.id);
    [order[index], order[labels.indexOf(other)]] = [other.id, label.id];
    for (const [position, id] of order.entries()) await tx.ratingLabel.update({ where: { id }, data: { position } });
    await audit(tx, member, "ratingLabel.move", label.id, { position: index }, { position: order.indexOf(label.id) });
    return { labelId: label.id };
  });
}

/** Retires a label (kept on the claims that carry it, no longer offered) or brings it back. */
export async function retireRatingLabel(
  member: Member,
  input: { labelId: string; retired: boolean },
): Promise<{ labelId: string }> {
  assertCan(member, "scale.manage");
  return db.$transaction(async (tx) => {
    const before = await findLabel(tx, member.teamId, input.labelId);
    const after = await tx.ratingLabel.update({
      where: { id: before.id },
      data: { retiredAt: input.retired ? (before.retiredAt ?? new Date()) : null, version: { increment: 1 } },
    });
    await audit(
      tx,
      member,
      input.retired ? "ratingLabel.retire" : "ratingLabel.restore",
      before.id,
      labelView(before),
      labelView(after),
    );
    return { labelId: before.id };
  });
}

/** Deletes a label no claim has ever carried; one in use can only be retired. */
export async function deleteRatingLabel(member: Member, input: { labelId: string }): Promise<{ labelId: string }> {
  assertCan(member, "scale.manage");
  return db.$transaction(async (tx) => {
    const before = await findLabel(tx, member.teamId, input.labelId);
    const inUse = await tx.claim.count({ where: { verdictId: before.id } });
    // Published versions keep the label as it read (their snapshot), but a key some published
    // version carried stays reserved, so a new label never takes its meaning.
    const inHistory = await tx.claimPublication.count({
      where: { teamId: member.teamId, snapshot: { path: ["verdict", "key"], equals: before.key } },
    });
    if (inUse + inHistory > 0) throw new AppError("CONFLICT", "Label in use", { reason: "labelInUse" });
    await tx.ratingLabel.delete({ where: { id: before.id } });
    await audit(tx, member, "ratingLabel.delete", before.id, labelView(before), undefined);
    return { labelId: before.id };
  });
}
