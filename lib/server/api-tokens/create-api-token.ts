import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { apiTokenExpiry } from "@/lib/domain/api-tokens/token-expiry";
import { isRoleWithin } from "@/lib/domain/api-tokens/token-role";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateApiTokenInput } from "@/lib/schemas/api-tokens";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { newApiToken } from "./api-token-secret";
import { apiTokenSelect, toApiTokenDto, type ApiTokenDto } from "./api-token-dto";

export interface CreatedApiTokenDto {
  /** The whole token, shown this once: only its hash is stored. */
  token: string;
  apiToken: ApiTokenDto;
}

/**
 * Makes an API token of the acting admin's team that acts as them, with at most `role` (never
 * above their own). Not through a token: a token minting tokens would outlive its own revocation.
 */
export async function createApiToken(member: Member, input: TCreateApiTokenInput): Promise<CreatedApiTokenDto> {
  assertCan(member, "apiToken.manage");
  if (member.tokenId) throw new AppError("FORBIDDEN", "Tokens are made by people", { reason: "apiTokenByToken" });
  if (!isRoleWithin(input.role, member.role)) {
    throw new AppError("FORBIDDEN", `Role ${input.role} is above ${member.role}`, { reason: "apiTokenRoleAboveOwn" });
  }
  const now = new Date();
  const expiresAt = input.expiresOn ? apiTokenExpiry(input.expiresOn, now) : null;
  if (input.expiresOn && !expiresAt) throw new AppError("VALIDATION", "Bad expiry", { reason: "apiTokenExpiry" });

  // A clash of random prefixes (36^8 of them) is next to impossible; one more try covers it.
  for (let attempt = 1; ; attempt++) {
    const { token, prefix, secretHash } = newApiToken();
    try {
      const row = await db.$transaction(async (tx) => {
        const created = await tx.apiToken.create({
          data: {
            teamId: member.teamId,
            createdById: member.userId,
            name: input.name,
            role: input.role,
            prefix,
            secretHash,
            expiresAt,
            createdAt: now,
          },
          select: apiTokenSelect,
        });
        await recordAuditEvent(tx, {
          teamId: member.teamId,
          actorId: member.userId,
          action: "apiToken.create",
          entityType: "ApiToken",
          entityId: created.id,
          after: { name: created.name, role: created.role, prefix, expiresAt: expiresAt?.toISOString() ?? null },
        });
        return created;
      });
      return { token, apiToken: toApiTokenDto(row) };
    } catch (error) {
      const clash = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!clash || attempt >= 3) throw error;
    }
  }
}
