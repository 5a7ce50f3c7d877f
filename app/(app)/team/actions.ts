"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZAddMemberInput, ZResetPasswordInput, ZSetMemberDisabledInput, ZSetMemberRoleInput } from "@/lib/schemas/auth";
import { ZRenameTeamInput, ZRotateSigningKeyInput } from "@/lib/schemas/teams";
import { rotateSigningKey } from "@/lib/server/reports/rotate-signing-key";
import { addTeamMember } from "@/lib/server/teams/add-team-member";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";

export const addMemberAction = authedAction(ZAddMemberInput, addTeamMember);
export const setMemberRoleAction = authedAction(ZSetMemberRoleInput, updateMembership);
export const setMemberDisabledAction = authedAction(ZSetMemberDisabledInput, updateMembership);
export const resetPasswordAction = authedAction(ZResetPasswordInput, resetMemberPassword);
export const renameTeamAction = authedAction(ZRenameTeamInput, renameTeam);
export const rotateSigningKeyAction = authedAction(ZRotateSigningKeyInput, (member) => rotateSigningKey(member));
