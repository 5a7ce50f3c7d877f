import "server-only";
import type { Role } from "@/lib/auth/permissions";

export interface TeamMemberDto {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  version: number;
}

export const teamMemberSelect = {
  id: true,
  role: true,
  disabledAt: true,
  version: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

export function toTeamMemberDto(row: {
  id: string;
  role: Role;
  disabledAt: Date | null;
  version: number;
  user: { id: string; name: string; email: string };
}): TeamMemberDto {
  return {
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    disabled: row.disabledAt !== null,
    version: row.version,
  };
}
