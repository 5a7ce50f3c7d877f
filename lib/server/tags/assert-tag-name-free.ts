import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Refuses a name another tag of the team already has (compared by its key: case, width, tatweel ignored). */
export async function assertTagNameFree(tx: Tx, teamId: string, nameKey: string, exceptTagId?: string) {
  const taken = await tx.tag.findFirst({
    where: { teamId, nameKey, ...(exceptTagId ? { id: { not: exceptTagId } } : {}) },
    select: { name: true },
  });
  if (taken) throw new AppError("CONFLICT", `A tag named "${taken.name}" already exists`, { reason: "tagNameTaken" });
}
