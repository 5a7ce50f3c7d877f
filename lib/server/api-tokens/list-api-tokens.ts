import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { apiTokenSelect, toApiTokenDto, type ApiTokenDto } from "./api-token-dto";

/** A team keeps few tokens; past this many the oldest are not listed. */
export const API_TOKENS_LISTED = 200;

/** The team's tokens, revoked and expired ones too (they explain old audit events), newest first. */
export async function listApiTokens(member: Member): Promise<ApiTokenDto[]> {
  assertCan(member, "apiToken.manage");
  const rows = await db.apiToken.findMany({
    where: { teamId: member.teamId },
    select: apiTokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: API_TOKENS_LISTED,
  });
  return rows.map(toApiTokenDto);
}
