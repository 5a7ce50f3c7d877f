import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What admins see of a token: never its hash. */
export interface ApiTokenDto {
  tokenId: string;
  prefix: string;
  name: string;
  role: Role;
  createdByName: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export const apiTokenSelect = {
  id: true,
  prefix: true,
  name: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.ApiTokenSelect;

export function toApiTokenDto(row: Prisma.ApiTokenGetPayload<{ select: typeof apiTokenSelect }>): ApiTokenDto {
  return {
    tokenId: row.id,
    prefix: row.prefix,
    name: row.name,
    role: row.role,
    createdByName: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
