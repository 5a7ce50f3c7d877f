import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { checkSession } from "@/lib/server/sessions/check-session";
import { startSession } from "@/lib/server/sessions/start-session";
import { loadMember } from "@/lib/server/users/load-member";
import { auditEventsFor, createTeam, TEST_PASSWORD, uniqueAddress as address } from "./support";

describe("renaming a team", () => {
  it("an admin renames their team, members see it on their next load, the trail records it", async () => {
    const { team, members, tag } = await createTeam(["ADMIN", "VIEWER"]);
    expect(await renameTeam(members.ADMIN, { name: `Renamed desk ${tag}` })).toEqual({ name: `Renamed desk ${tag}` });

    expect(await loadMember({ userId: members.VIEWER.userId })).toMatchObject({
      teamName: `Renamed desk ${tag}`,
    });
    const events = await auditEventsFor(team.id);
    expect(events.map((event) => [event.action, event.actorId, event.before, event.after])).toEqual([
      ["team.rename", members.ADMIN.userId, { name: team.name }, { name: `Renamed desk ${tag}` }],
    ]);
  });

  it("an editor may not rename the team", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    await expect(renameTeam(members.EDITOR, { name: "Editor's desk" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });

  it("another team's admin renames only their own team, never this one", async () => {
    const mine = await createTeam(["ADMIN"]);
    const theirs = await createTeam(["ADMIN"]);
    await renameTeam(theirs.members.ADMIN, { name: `Theirs ${theirs.tag}` });
    expect((await db.team.findUniqueOrThrow({ where: { id: mine.team.id } })).name).toBe(mine.team.name);
    expect((await db.team.findUniqueOrThrow({ where: { id: theirs.team.id } })).name).toBe(`Theirs ${theirs.tag}`);
  });

  it("refuses a name another team uses, ignoring case", async () => {
    const mine = await createTeam(["ADMIN"]);
    const other = await createTeam(["ADMIN"]);
    await expect(renameTeam(mine.members.ADMIN, { name: other.team.name.toUpperCase() })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "teamNameTaken" },
    });
    expect((await db.team.findUniqueOrThrow({ where: { id: mine.team.id } })).name).toBe(mine.team.name);
  });
});

describe("changing one's own password", () => {
  const change = (newPassword: string, currentPassword = TEST_PASSWORD) => ({
    currentPassword,
    newPassword,
    confirmPassword: newPassword,
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const before = await db.user.findUniqueOrThrow({ where: { id: members.VIEWER.userId } });
    await expect(
      changeOwnPassword(members.VIEWER, change("a new long password", "not my password"), address()),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      details: { reason: "wrongCurrentPassword" },
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: members.VIEWER.userId } });
    expect(after).toMatchObject({ passwordHash: before.passwordHash });
    expect(await auditEventsFor(members.VIEWER.userId)).toEqual([]);
  });

  it("sets the new password: the other sessions end, the one that changed it stays", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const [here, elsewhere, thirdBrowser] = [
      await startSession(members.FACT_CHECKER.userId),
      await startSession(members.FACT_CHECKER.userId),
      await startSession(members.FACT_CHECKER.userId),
    ];
    const checker = { ...members.FACT_CHECKER, sessionId: here.sessionId };
    expect(await changeOwnPassword(checker, change("my brand new password"), address())).toEqual({ sessionsEnded: 2 });

    expect(await checkSession(here.sessionId)).toEqual({ userId: checker.userId });
    expect(await checkSession(elsewhere.sessionId)).toBeNull();
    expect(await checkSession(thirdBrowser.sessionId)).toBeNull();
    expect(
      await verifyCredentials({ email: checker.email, password: "my brand new password" }, address()),
    ).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: checker.email, password: TEST_PASSWORD }, address())).toEqual({
      ok: false,
      reason: "invalid",
    });
    const events = await auditEventsFor(checker.userId);
    expect(events.map((event) => [event.action, event.teamId, event.actorId])).toEqual([
      ["user.changePassword", team.id, checker.userId],
    ]);
  });

  it("counts wrong current passwords against the login limit, and says when to retry", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const from = address();
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        changeOwnPassword(members.EDITOR, change("whatever long", `wrong ${attempt}`), from),
      ).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(changeOwnPassword(members.EDITOR, change("whatever long"), from)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { retryAfterSeconds: 15 },
    });
  });
});
