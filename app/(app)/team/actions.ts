"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "@/lib/schemas/api-tokens";
import { ZResetPasswordInput, ZSetMemberDisabledInput, ZSetMemberRoleInput } from "@/lib/schemas/auth";
import { ZCreateInvitationInput, ZRevokeInvitationInput } from "@/lib/schemas/invitations";
import { ZRenameTeamInput, ZRotateSigningKeyInput } from "@/lib/schemas/teams";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { rotateSigningKey } from "@/lib/server/reports/rotate-signing-key";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";

export const inviteMemberAction = authedAction(ZCreateInvitationInput, createInvitation);
export const revokeInvitationAction = authedAction(ZRevokeInvitationInput, revokeInvitation);
export const setMemberRoleAction = authedAction(ZSetMemberRoleInput, updateMembership);
export const setMemberDisabledAction = authedAction(ZSetMemberDisabledInput, updateMembership);
export const resetPasswordAction = authedAction(ZResetPasswordInput, resetMemberPassword);
export const renameTeamAction = authedAction(ZRenameTeamInput, renameTeam);
export const rotateSigningKeyAction = authedAction(ZRotateSigningKeyInput, (member) => rotateSigningKey(member));
export const createApiTokenAction = authedAction(ZCreateApiTokenInput, createApiToken);
export const revokeApiTokenAction = authedAction(ZRevokeApiTokenInput, revokeApiToken);
