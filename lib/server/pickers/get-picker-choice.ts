import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { PickerChoice, TPickerKind } from "@/lib/schemas/pickers";

/**
 * The choice a filter in the URL names, to show it by name when the page loads: one lookup by
 * id in the member's team; null for none, a malformed id or another team's.
 */
export async function getPickerChoice(
  member: Member,
  kind: Exclude<TPickerKind, "members" | "sources">,
  id: string | null | undefined,
): Promise<PickerChoice | null> {
  assertCan(member, "team.read");
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  if (kind === "articles") {
    const row = await db.article.findFirst({ where: { id, teamId: member.teamId }, select: { id: true, title: true } });
    return row && { id: row.id, label: row.title };
  }
  const row = await db.entity.findFirst({
    where: { id, teamId: member.teamId },
    select: { id: true, name: true, kind: true },
  });
  return row && { id: row.id, label: row.name, hint: row.kind };
}
