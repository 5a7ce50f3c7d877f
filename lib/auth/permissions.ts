/**
 * The one permission table. Every page, server action and route handler asks `can` or
 * `assertCan`; nothing is authorised in proxy.ts or a layout alone.
 */
import { AppError } from "@/lib/errors";

export const ROLES = ["VIEWER", "FACT_CHECKER", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "team.read",
  "article.create",
  "article.update",
  "claim.create",
  "claim.update",
  "claim.delete",
  "entity.manage",
  "source.create",
  "source.update",
  "evidence.manage",
  "rating.set",
  "claim.submit",
  "comment.create",
  "claim.approve",
  "claim.requestChanges",
  "claim.publish",
  "claim.correct",
  "claim.retract",
  "claim.assign",
  "report.export",
  "report.publishLink",
  "member.manage",
  "team.rename",
  "scale.manage",
  "apiToken.manage",
  "webhook.manage",
  "signingKey.rotate",
  "tag.manage",
  "case.manage",
  "case.delete",
] as const;
export type Action = (typeof ACTIONS)[number];

const VIEWER: readonly Action[] = ["team.read"];

const FACT_CHECKER: readonly Action[] = [
  ...VIEWER,
  "article.create",
  "article.update",
  "claim.create",
  "claim.update",
  "claim.delete",
  "entity.manage",
  "source.create",
  "source.update",
  "evidence.manage",
  "rating.set",
  "claim.submit",
  "comment.create",
  "case.manage",
];

const EDITOR: readonly Action[] = [
  ...FACT_CHECKER,
  "claim.approve",
  "claim.requestChanges",
  "claim.publish",
  "claim.correct",
  "claim.retract",
  "claim.assign",
  "report.export",
  "report.publishLink",
  "case.delete",
];

const ADMIN: readonly Action[] = [
  ...EDITOR,
  "member.manage",
  "team.rename",
  "scale.manage",
  "apiToken.manage",
  "webhook.manage",
  "signingKey.rotate",
  "tag.manage",
];

export const PERMISSIONS: Readonly<Record<Role, ReadonlySet<Action>>> = {
  VIEWER: new Set(VIEWER),
  FACT_CHECKER: new Set(FACT_CHECKER),
  EDITOR: new Set(EDITOR),
  ADMIN: new Set(ADMIN),
};

/** The part of a signed-in member that permission checks need. */
export interface MemberRole {
  role: Role;
}

export function can(member: MemberRole | null | undefined, action: Action): boolean {
  return member ? PERMISSIONS[member.role].has(action) : false;
}

export function assertCan(member: MemberRole | null | undefined, action: Action): void {
  if (!member) throw new AppError("UNAUTHENTICATED");
  if (!can(member, action)) throw new AppError("FORBIDDEN", `Role ${member.role} may not ${action}`);
}
