import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The origin chosen in the form must be an entity of the member's team. */
export async function assertOriginInTeam(tx: Tx, teamId: string, originId: string | null): Promise<void> {
  if (!originId) return;
  const found = await tx.entity.count({ where: { id: originId, teamId } });
  if (!found) throw new AppError("NOT_FOUND", "Unknown entity", { reason: "unknownEntity" });
}
