import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { renameTeam } from "@/lib/server/teams/rename-team";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { loadMember } from "@/lib/server/users/load-member";
import { auditEventsFor, createTeam, TEST_PASSWORD } from "./support";

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;

describe("renaming a team", () => {
  it("an admin renames their team, members see it on their next load, the trail records it", async () => {
    const { team, members, tag } = await createTeam(["ADMIN", "VIEWER"]);
    expect(await renameTeam(members.ADMIN, { name: `Renamed desk ${tag}` })).toEqual({ name: `Renamed desk ${tag}` });

    expect(await loadMember({ userId: members.VIEWER.userId, sessionVersion: 0 })).toMatchObject({
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
    expect(after).toMatchObject({ passwordHash: before.passwordHash, sessionVersion: before.sessionVersion });
    expect(await auditEventsFor(members.VIEWER.userId)).toEqual([]);
  });

  it("sets the new password and bumps sessionVersion: old sessions end, the member loads with the new version", async () => {
    const { team, members } = await createTeam(["FACT_CHECKER"]);
    const checker = members.FACT_CHECKER;
    expect(await changeOwnPassword(checker, change("my brand new password"), address())).toEqual({ sessionVersion: 1 });

    expect(await loadMember({ userId: checker.userId, sessionVersion: 0 })).toBeNull();
    expect(await loadMember({ userId: checker.userId, sessionVersion: 1 })).toMatchObject({
      userId: checker.userId,
      role: "FACT_CHECKER",
    });
    expect(
      await verifyCredentials({ email: checker.email, password: "my brand new password" }, address()),
    ).toMatchObject({ ok: true, sessionVersion: 1 });
    expect(await verifyCredentials({ email: checker.email, password: TEST_PASSWORD }, address())).toEqual({
      ok: false,
      reason: "invalid",
    });
    const events = await auditEventsFor(checker.userId);
    expect(events.map((event) => [event.action, event.teamId, event.actorId])).toEqual([
      ["user.changePassword", team.id, checker.userId],
    ]);
  });

  it("counts wrong current passwords against the login limit", async () => {
    const { members } = await createTeam(["EDITOR"]);
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(
        changeOwnPassword(members.EDITOR, change("whatever long", `wrong ${attempt}`), address()),
      ).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(changeOwnPassword(members.EDITOR, change("whatever long"), address())).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
