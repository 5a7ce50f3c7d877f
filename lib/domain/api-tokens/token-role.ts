import { ROLES, type Role } from "@/lib/auth/permissions";

/** ROLES runs from the least to the most allowed; each role's actions include the one below's. */
const rank = (role: Role): number => ROLES.indexOf(role);

/** Whether `role` grants nothing beyond `ceiling`. */
export function isRoleWithin(role: Role, ceiling: Role): boolean {
  return rank(role) <= rank(ceiling);
}

/** The roles a member may give a token: their own and those below it. */
export function rolesWithin(ceiling: Role): Role[] {
  return ROLES.filter((role) => isRoleWithin(role, ceiling));
}

/** What a token acts as: its ceiling, or its creator's current role if that is lower (a demotion reaches it). */
export function lowerRole(a: Role, b: Role): Role {
  return rank(a) <= rank(b) ? a : b;
}
