import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { AppError } from "@/lib/errors";
import {
  MENTION_PICKER_LIMIT,
  PICKER_LIMIT,
  ZPickerQuery,
  type PickerChoice,
  type TPickerQuery,
} from "@/lib/schemas/pickers";

/**
 * Up to PICKER_LIMIT of the team's articles (title containing the words, newest first) or
 * entities (any name or alias containing them, compared after Arabic normalisation, by name):
 * what a filter's combobox offers as someone types; up to MENTION_PICKER_LIMIT active members
 * (a word of the name, or the e-mail, beginning with the words) for an @mention. Input over
 * 100 characters is refused.
 */
export async function findPickerChoices(member: Member, input: TPickerQuery): Promise<PickerChoice[]> {
  assertCan(member, "team.read");
  const parsed = ZPickerQuery.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION");
  const { kind, q } = parsed.data;
  if (kind === "articles") {
    const rows = await db.article.findMany({
      where: { teamId: member.teamId, ...(q ? { title: { contains: q, mode: "insensitive" } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PICKER_LIMIT,
      select: { id: true, title: true },
    });
    return rows.map((row) => ({ id: row.id, label: row.title }));
  }
  if (kind === "sources") {
    // Title or outlet containing the words, newest first (what a case's members page adds).
    const rows = await db.source.findMany({
      where: {
        teamId: member.teamId,
        ...(q
          ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { outlet: { contains: q, mode: "insensitive" } }] }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PICKER_LIMIT,
      select: { id: true, title: true, outlet: true },
    });
    return rows.map((row) => ({ id: row.id, label: row.title, ...(row.outlet ? { hint: row.outlet } : {}) }));
  }
  if (kind === "members") {
    // Active members whose name, or e-mail's local part (the other @handle), begins with the words.
    const rows = await db.membership.findMany({
      where: {
        teamId: member.teamId,
        disabledAt: null,
        ...(q
          ? {
              user: {
                OR: [
                  { name: { startsWith: q, mode: "insensitive" } },
                  { name: { contains: ` ${q}`, mode: "insensitive" } },
                  { email: { startsWith: q, mode: "insensitive" } },
                ],
              },
            }
          : {}),
      },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      take: MENTION_PICKER_LIMIT,
      select: { user: { select: { id: true, name: true } } },
    });
    return rows.map((row) => ({ id: row.user.id, label: row.user.name }));
  }
  const key = normalizeForMatch(q);
  const rows = await db.entity.findMany({
    where: { teamId: member.teamId, ...(key ? { aliases: { some: { normalized: { contains: key } } } } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PICKER_LIMIT,
    select: { id: true, name: true, kind: true },
  });
  return rows.map((row) => ({ id: row.id, label: row.name, hint: row.kind }));
}
