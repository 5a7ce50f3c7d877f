import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { addTeamMember } from "@/lib/server/teams/add-team-member";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { loadMember } from "@/lib/server/users/load-member";
import { auditEventsFor, createTeam, TEST_PASSWORD } from "./support";

const membershipOf = (userId: string, teamId: string) =>
  db.membership.findUniqueOrThrow({ where: { userId_teamId: { userId, teamId } } });

describe("membership changes take effect on the next request", () => {
  it("a disabled member no longer resolves to a session member, and can be re-enabled", async () => {
    const { team, members } = await createTeam(["ADMIN", "FACT_CHECKER"]);
    const checker = members.FACT_CHECKER;
    const membership = await membershipOf(checker.userId, team.id);

    await updateMembership(members.ADMIN, { membershipId: membership.id, version: membership.version, disabled: true });
    expect(await loadMember({ userId: checker.userId, sessionVersion: 0 })).toBeNull();
    expect(await verifyCredentials({ email: checker.email, password: TEST_PASSWORD }, "198.51.100.1")).toEqual({
      ok: false,
      reason: "disabled",
    });

    await updateMembership(members.ADMIN, {
      membershipId: membership.id,
      version: membership.version + 1,
      disabled: false,
    });
    expect(await loadMember({ userId: checker.userId, sessionVersion: 0 })).toMatchObject({ role: "FACT_CHECKER" });
  });

  it("a role change is seen on the next load", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    const membership = await membershipOf(members.VIEWER.userId, team.id);
    const updated = await updateMembership(members.ADMIN, {
      membershipId: membership.id,
      version: membership.version,
      role: "EDITOR",
    });
    expect(updated).toMatchObject({ role: "EDITOR", version: membership.version + 1 });
    expect(await loadMember({ userId: members.VIEWER.userId, sessionVersion: 0 })).toMatchObject({ role: "EDITOR" });
  });

  it("a password reset revokes existing sessions and the new password works", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const membership = await membershipOf(members.EDITOR.userId, team.id);
    await resetMemberPassword(members.ADMIN, { membershipId: membership.id, password: "a brand new secret" });

    expect(await loadMember({ userId: members.EDITOR.userId, sessionVersion: 0 })).toBeNull();
    const check = await verifyCredentials(
      { email: members.EDITOR.email, password: "a brand new secret" },
      "198.51.100.2",
    );
    expect(check).toMatchObject({ ok: true, sessionVersion: 1 });
  });

  it("refuses a stale version and keeps the stored value", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    const membership = await membershipOf(members.VIEWER.userId, team.id);
    await updateMembership(members.ADMIN, { membershipId: membership.id, version: membership.version, role: "EDITOR" });
    await expect(
      updateMembership(members.ADMIN, { membershipId: membership.id, version: membership.version, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect((await membershipOf(members.VIEWER.userId, team.id)).role).toBe("EDITOR");
  });

  it("never leaves a team without an active admin", async () => {
    const { team, members } = await createTeam(["ADMIN"]);
    const own = await membershipOf(members.ADMIN.userId, team.id);
    await expect(
      updateMembership(members.ADMIN, { membershipId: own.id, version: own.version, role: "EDITOR" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "lastAdmin" },
    });
    await expect(
      updateMembership(members.ADMIN, { membershipId: own.id, version: own.version, disabled: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("only admins manage members", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR", "VIEWER"]);
    const viewer = await membershipOf(members.VIEWER.userId, team.id);
    await expect(
      updateMembership(members.EDITOR, { membershipId: viewer.id, version: viewer.version, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addTeamMember(members.EDITOR, { email: "x@example.test", name: "X", role: "ADMIN", password: "long enough" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes exactly one audit event per change, with before and after", async () => {
    const { team, members, tag } = await createTeam(["ADMIN"]);
    const added = await addTeamMember(members.ADMIN, {
      email: `new-${tag}@example.test`,
      name: "New Person",
      role: "VIEWER",
      password: "long enough",
    });
    await updateMembership(members.ADMIN, {
      membershipId: added.membershipId,
      version: added.version,
      role: "FACT_CHECKER",
    });

    const events = await auditEventsFor(added.membershipId);
    expect(events.map((e) => [e.action, e.actorId, e.teamId])).toEqual([
      ["member.add", members.ADMIN.userId, team.id],
      ["member.setRole", members.ADMIN.userId, team.id],
    ]);
    expect(events[1]).toMatchObject({ before: { role: "VIEWER" }, after: { role: "FACT_CHECKER" } });
  });

  it("adding an existing member twice is refused without creating anything", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    await expect(
      addTeamMember(members.ADMIN, {
        email: members.VIEWER.email,
        name: "Again",
        role: "ADMIN",
        password: "long enough",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "alreadyMember" } });
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(2);
  });
});
