"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth/auth";
import { authedAction } from "@/lib/auth/authed-action";
import { rememberTeamChoice } from "@/lib/auth/team-choice";
import { AppError } from "@/lib/errors";
import { ZSwitchTeamInput } from "@/lib/schemas/auth";
import { signOutEverywhere } from "@/lib/server/sessions/sign-out-everywhere";
import { resolveLocale } from "@/lib/i18n/request";
import { ZClaimSet } from "@/lib/schemas/report-sets";
import { getExportJob, requestSetReportExport } from "@/lib/server/reports/background-export";
import { REPORT_FORMATS } from "@/lib/server/reports/export-report";

const switchTeamAction = authedAction(ZSwitchTeamInput, async (member, { teamId }) => {
  // Only the member's own active teams can be chosen; the cookie is re-checked on every request.
  if (!member.teams.some((team) => team.teamId === teamId)) throw new AppError("NOT_FOUND");
  await rememberTeamChoice(teamId);
  return { teamId };
});

export async function switchTeam(teamId: string) {
  return switchTeamAction({ teamId });
}

/** Ends this session on the server (Auth.js's signOut event) and clears the cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

const endEverySession = authedAction(z.object({}), (member) => signOutEverywhere(member));

/** Ends every session of this user, in every browser, then signs this one out. */
export async function signOutEverywhereAction(): Promise<void> {
  const result = await endEverySession({});
  // Signed out already is fine; anything else must not look like success.
  if (!result.ok && result.code !== "UNAUTHENTICATED") throw new Error(`Sign out everywhere failed: ${result.code}`);
  await signOut({ redirectTo: "/login" });
}

/** Queues a report of any set of claims (article, case, search, claimant, tag), in the reader's language. */
export const requestReportExportAction = authedAction(
  z.object({ set: ZClaimSet, format: z.enum(REPORT_FORMATS) }),
  async (member, input) => requestSetReportExport(member, { ...input, locale: await resolveLocale() }),
);

export const exportStatusAction = authedAction(z.object({ jobId: z.uuid() }), getExportJob);
