import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createTeamAsOperator } from "@/lib/server/teams/create-team";
import { listTeamsAsOperator } from "@/lib/server/teams/list-teams";
import { disableUserAsOperator } from "@/lib/server/users/disable-user";
import { resetUserPasswordAsOperator } from "@/lib/server/users/reset-user-password";
import { checkSession } from "@/lib/server/sessions/check-session";
import { startSession } from "@/lib/server/sessions/start-session";
import { loadMember } from "@/lib/server/users/load-member";
import { createTeam, TEST_PASSWORD, uniqueAddress as address } from "./support";

const unique = () => randomUUID().slice(0, 8);

describe("operator use cases (npm run admin)", () => {
  it("creates a team with its default scale and a new admin who can act in it", async () => {
    const tag = unique();
    const created = await createTeamAsOperator({
      teamName: `Newsroom ${tag}`,
      adminEmail: `chief-${tag}@example.test`,
      adminName: "Chief",
      password: "a long operator password",
    });
    expect(created.newAccount).toBe(true);

    const member = await loadMember({ userId: created.adminUserId, preferredTeamId: created.teamId });
    expect(member).toMatchObject({ teamId: created.teamId, teamName: `Newsroom ${tag}`, role: "ADMIN", name: "Chief" });
    expect(await db.ratingLabel.count({ where: { teamId: created.teamId } })).toBe(7);
    const check = await verifyCredentials(
      { email: `chief-${tag}@example.test`, password: "a long operator password" },
      address(),
    );
    expect(check).toMatchObject({ ok: true, userId: created.adminUserId });

    const events = await db.auditEvent.findMany({ where: { teamId: created.teamId }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["team.create", null],
      ["member.add", null],
    ]);
  });

  it("makes an existing account admin of the new team without touching its password", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const before = await db.user.findUniqueOrThrow({ where: { id: members.VIEWER.userId } });
    const session = await startSession(before.id);
    const created = await createTeamAsOperator({
      teamName: `Second desk ${unique()}`,
      adminEmail: before.email,
      adminName: "Ignored",
    });

    expect(created).toMatchObject({ newAccount: false, adminUserId: before.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ passwordHash: before.passwordHash, name: before.name });
    expect(await checkSession(session.sessionId)).toEqual({ userId: before.id });
    expect(await loadMember({ userId: before.id, preferredTeamId: created.teamId })).toMatchObject({
      role: "ADMIN",
    });
  });

  it("refuses a team name already taken, ignoring case, and creates nothing", async () => {
    const tag = unique();
    await createTeamAsOperator({
      teamName: `Desk ${tag}`,
      adminEmail: `first-${tag}@example.test`,
      adminName: "First",
      password: "long enough password",
    });
    const teamsBefore = await db.team.count();

    await expect(
      createTeamAsOperator({
        teamName: `DESK ${tag.toUpperCase()}`,
        adminEmail: `second-${tag}@example.test`,
        adminName: "Second",
        password: "long enough password",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "teamNameTaken" } });
    expect(await db.team.count()).toBe(teamsBefore);
    expect(await db.user.count({ where: { email: `second-${tag}@example.test` } })).toBe(0);
  });

  it("refuses a new account without a password and leaves no team behind", async () => {
    const tag = unique();
    await expect(
      createTeamAsOperator({ teamName: `No password ${tag}`, adminEmail: `np-${tag}@example.test`, adminName: "X" }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect(await db.team.count({ where: { name: `No password ${tag}` } })).toBe(0);
  });

  it("lists teams with their active member count and admins", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const listed = (await listTeamsAsOperator()).find((summary) => summary.teamId === team.id);
    expect(listed).toEqual({ teamId: team.id, name: team.name, activeMembers: 2, admins: [members.ADMIN.email] });
  });

  it("resets a password: old sessions end, the new password works, each team's trail records it", async () => {
    const { team, members } = await createTeam(["ADMIN"]);
    const sessions = [await startSession(members.ADMIN.userId), await startSession(members.ADMIN.userId)];
    await resetUserPasswordAsOperator({ email: members.ADMIN.email, password: "the way back in" });

    for (const session of sessions) expect(await checkSession(session.sessionId)).toBeNull();
    expect(await loadMember({ userId: members.ADMIN.userId })).toMatchObject({ role: "ADMIN" });
    expect(
      await verifyCredentials({ email: members.ADMIN.email, password: "the way back in" }, address()),
    ).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: members.ADMIN.email, password: TEST_PASSWORD }, address())).toEqual({
      ok: false,
      reason: "invalid",
    });
    const events = await db.auditEvent.findMany({
      where: { entityId: members.ADMIN.userId, action: "user.resetPassword" },
    });
    expect(events.map((event) => [event.teamId, event.actorId])).toEqual([[team.id, null]]);
  });

  it("refuses an unknown email for reset and disable", async () => {
    const email = `nobody-${unique()}@example.test`;
    await expect(resetUserPasswordAsOperator({ email, password: "long enough password" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(disableUserAsOperator({ email })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("disables the user in every team: loadMember returns null and sign-in says disabled", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const second = await createTeamAsOperator({
      teamName: `Other desk ${unique()}`,
      adminEmail: members.EDITOR.email,
      adminName: "-",
    });

    const session = await startSession(members.EDITOR.userId);
    const result = await disableUserAsOperator({ email: members.EDITOR.email });
    expect(result.teams.sort()).toEqual([team.name, second.teamName].sort());
    expect(result.teamsWithoutAdmin).toEqual([second.teamName]);
    expect(await checkSession(session.sessionId)).toBeNull();
    expect(await loadMember({ userId: members.EDITOR.userId })).toBeNull();
    expect(await verifyCredentials({ email: members.EDITOR.email, password: TEST_PASSWORD }, address())).toEqual({
      ok: false,
      reason: "disabled",
    });
    expect(
      await db.auditEvent.count({ where: { action: "member.disable", teamId: { in: [team.id, second.teamId] } } }),
    ).toBe(2);
  });
});
