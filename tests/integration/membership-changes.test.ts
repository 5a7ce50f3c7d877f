import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { checkSession } from "@/lib/server/sessions/check-session";
import { startSession } from "@/lib/server/sessions/start-session";
import { loadMember } from "@/lib/server/users/load-member";
import { inviteNewPerson } from "./invitation-steps";
import { auditEventsFor, createTeam, TEST_PASSWORD, uniqueAddress } from "./support";

const membershipOf = (userId: string, teamId: string) =>
  db.membership.findUniqueOrThrow({ where: { userId_teamId: { userId, teamId } } });

describe("membership changes take effect on the next request", () => {
  it("a disabled member no longer resolves to a session member, and can be re-enabled", async () => {
    const { team, members } = await createTeam(["ADMIN", "FACT_CHECKER"]);
    const checker = members.FACT_CHECKER;
    const membership = await membershipOf(checker.userId, team.id);
    const session = await startSession(checker.userId);

    await updateMembership(members.ADMIN, { membershipId: membership.id, version: membership.version, disabled: true });
    expect(await checkSession(session.sessionId)).toBeNull();
    expect(await loadMember({ userId: checker.userId })).toBeNull();
    expect(await verifyCredentials({ email: checker.email, password: TEST_PASSWORD }, uniqueAddress())).toEqual({
      ok: false,
      reason: "disabled",
    });

    await updateMembership(members.ADMIN, {
      membershipId: membership.id,
      version: membership.version + 1,
      disabled: false,
    });
    expect(await loadMember({ userId: checker.userId })).toMatchObject({ role: "FACT_CHECKER" });
  });

  it("a role change is seen on the next load and ends the member's sessions", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    const membership = await membershipOf(members.VIEWER.userId, team.id);
    const session = await startSession(members.VIEWER.userId);
    const updated = await updateMembership(members.ADMIN, {
      membershipId: membership.id,
      version: membership.version,
      role: "EDITOR",
    });
    expect(updated).toMatchObject({ role: "EDITOR", version: membership.version + 1 });
    expect(await loadMember({ userId: members.VIEWER.userId })).toMatchObject({ role: "EDITOR" });
    expect(await checkSession(session.sessionId)).toBeNull();
  });

  it("a password reset revokes existing sessions and the new password works", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const membership = await membershipOf(members.EDITOR.userId, team.id);
    const sessions = [await startSession(members.EDITOR.userId), await startSession(members.EDITOR.userId)];
    const adminSession = await startSession(members.ADMIN.userId);
    const admin = { ...members.ADMIN, sessionId: adminSession.sessionId };
    await resetMemberPassword(admin, { membershipId: membership.id, password: "a brand new secret" });

    for (const session of sessions) expect(await checkSession(session.sessionId)).toBeNull();
    expect(await checkSession(adminSession.sessionId)).toEqual({ userId: members.ADMIN.userId });
    const check = await verifyCredentials(
      { email: members.EDITOR.email, password: "a brand new secret" },
      uniqueAddress(),
    );
    expect(check).toMatchObject({ ok: true });
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
    await expect(createInvitation(members.EDITOR, { email: "x@example.test", role: "ADMIN" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("writes exactly one audit event per change, with before and after", async () => {
    const { team, members, tag } = await createTeam(["ADMIN"]);
    const added = await inviteNewPerson(members.ADMIN, { email: `new-${tag}@example.test`, role: "VIEWER" });
    await updateMembership(members.ADMIN, {
      membershipId: added.membershipId,
      version: added.version,
      role: "FACT_CHECKER",
    });

    // Joining is the invitee's own act: they are its actor.
    const events = await auditEventsFor(added.membershipId);
    expect(events.map((e) => [e.action, e.actorId, e.teamId])).toEqual([
      ["member.add", added.userId, team.id],
      ["member.setRole", members.ADMIN.userId, team.id],
    ]);
    expect(events[1]).toMatchObject({ before: { role: "VIEWER" }, after: { role: "FACT_CHECKER" } });
  });

  it("inviting an existing member again is refused without creating anything", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    await expect(createInvitation(members.ADMIN, { email: members.VIEWER.email, role: "ADMIN" })).rejects.toMatchObject(
      { code: "CONFLICT", details: { reason: "alreadyMember" } },
    );
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(2);
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(0);
  });
});
