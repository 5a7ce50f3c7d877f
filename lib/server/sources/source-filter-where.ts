import "server-only";
import type { Member } from "@/lib/auth/member";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TSourceFilters } from "@/lib/schemas/sources";

/** The member's team's sources under the list's filters: kind, reliability, words in title, outlet, URL or origin. */
export function sourceFilterWhere(member: Member, filters: Partial<TSourceFilters>): Prisma.SourceWhereInput {
  const q = filters.q?.trim();
  return {
    teamId: member.teamId,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.reliability ? { reliability: filters.reliability } : {}),
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { outlet: { contains: q, mode: "insensitive" } },
            { url: { contains: q, mode: "insensitive" } },
            { origin: { name: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}
