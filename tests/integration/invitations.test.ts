import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/server/invitations/accept-invitation-with-new-account";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { getInvitationByToken } from "@/lib/server/invitations/get-invitation-by-token";
import { hashInvitationToken } from "@/lib/server/invitations/invitation-token";
import { listInvitations } from "@/lib/server/invitations/list-invitations";
import { revokeInvitation } from "@/lib/server/invitations/revoke-invitation";
import { listTeamMembers } from "@/lib/server/teams/list-team-members";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { loadMember } from "@/lib/server/users/load-member";
import { tokenOf } from "./invitation-steps";
import { createTeam, TEST_PASSWORD, uniqueAddress } from "./support";

const NEW_PASSWORD = "a password of my own";
const newAccount = (token: string, name = "Nadia New") => ({
  token,
  name,
  password: NEW_PASSWORD,
  confirmPassword: NEW_PASSWORD,
});
const membershipsOf = (userId: string) =>
  db.membership.findMany({ where: { userId }, select: { teamId: true, role: true } });
const signsIn = async (email: string, password: string) =>
  (await verifyCredentials({ email, password }, uniqueAddress())).ok;

describe("the cross-team takeover of issue 14 is closed", () => {
  it("an admin of team B cannot attach, read out or reset team A's admin", async () => {
    const a = await createTeam(["ADMIN"]);
    const b = await createTeam(["ADMIN"]);
    const victim = a.members.ADMIN;

    // The same answer for an email with an account and one without: nothing about the account.
    const forVictim = await createInvitation(b.members.ADMIN, { email: victim.email, role: "VIEWER" });
    const forNobody = await createInvitation(b.members.ADMIN, {
      email: `nobody-${b.tag}@example.test`,
      role: "VIEWER",
    });
    expect(Object.keys(forVictim).sort()).toEqual(Object.keys(forNobody).sort());
    expect(Object.keys(forVictim).sort()).toEqual(["email", "emailed", "expiresAt", "invitationId", "link", "role"]);
    // Whether it was emailed depends on the mail server, never on the address having an account.
    expect(forVictim.emailed).toBe(forNobody.emailed);
    expect(JSON.stringify(forVictim)).not.toContain(victim.userId);
    expect(JSON.stringify(forVictim)).not.toContain(victim.name);

    // Nothing is attached until the owner accepts.
    expect(await membershipsOf(victim.userId)).toEqual([{ teamId: a.team.id, role: "ADMIN" }]);
    expect((await listTeamMembers(b.members.ADMIN)).map((m) => m.email)).not.toContain(victim.email);

    // Say the owner does accept (they want to help team B): B still cannot reset their password.
    await acceptInvitation(victim, { token: tokenOf(forVictim.link) });
    const shared = await db.membership.findFirstOrThrow({ where: { userId: victim.userId, teamId: b.team.id } });
    await expect(
      resetMemberPassword(b.members.ADMIN, { membershipId: shared.id, password: "taken over now" }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "sharedAccount" } });
    expect(await signsIn(victim.email, TEST_PASSWORD)).toBe(true);
    expect(await signsIn(victim.email, "taken over now")).toBe(false);

    // Team A's trail hears of the join and of B's role change; B's list shows no other team.
    await updateMembership(b.members.ADMIN, { membershipId: shared.id, version: shared.version, role: "EDITOR" });
    const aTrail = await db.auditEvent.findMany({
      where: { teamId: a.team.id, entityId: victim.userId },
      orderBy: { id: "asc" },
    });
    expect(aTrail.map((e) => [e.action, e.actorId])).toEqual([
      ["user.joinTeam", victim.userId],
      ["user.membershipChange", b.members.ADMIN.userId],
    ]);
    expect(aTrail[0]!.after).toEqual({ teamId: b.team.id, teamName: b.team.name, role: "VIEWER" });
    expect(aTrail[1]!.after).toMatchObject({ teamId: b.team.id, role: "EDITOR", disabled: false });
    const bTrail = await db.auditEvent.findMany({ where: { teamId: b.team.id }, orderBy: { id: "asc" } });
    expect(bTrail.map((e) => [e.action, e.actorId])).toEqual([
      ["invitation.create", b.members.ADMIN.userId],
      ["invitation.create", b.members.ADMIN.userId],
      ["invitation.accept", victim.userId],
      ["member.add", victim.userId],
      ["member.setRole", b.members.ADMIN.userId],
    ]);
    const bRow = (await listTeamMembers(b.members.ADMIN)).find((m) => m.email === victim.email)!;
    expect(Object.keys(bRow).sort()).toEqual([
      "disabled",
      "email",
      "membershipId",
      "name",
      "role",
      "userId",
      "version",
    ]);
  });

  it("a team admin still resets the password of an account that is in their team only", async () => {
    const { team, members } = await createTeam(["ADMIN", "VIEWER"]);
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: team.id, role: "VIEWER" } });
    await resetMemberPassword(members.ADMIN, { membershipId: membership.id, password: "reset by my admin" });
    expect(await signsIn(members.VIEWER.email, "reset by my admin")).toBe(true);
  });

  it("a disabled membership elsewhere still counts as another team", async () => {
    const a = await createTeam(["ADMIN", "VIEWER"]);
    const b = await createTeam(["ADMIN"]);
    const { link } = await createInvitation(b.members.ADMIN, { email: a.members.VIEWER.email, role: "VIEWER" });
    await acceptInvitation(a.members.VIEWER, { token: tokenOf(link) });
    await db.membership.updateMany({
      where: { userId: a.members.VIEWER.userId, teamId: a.team.id },
      data: { disabledAt: new Date() },
    });
    const inB = await db.membership.findFirstOrThrow({ where: { userId: a.members.VIEWER.userId, teamId: b.team.id } });
    await expect(
      resetMemberPassword(b.members.ADMIN, { membershipId: inB.id, password: "taken over now" }),
    ).rejects.toMatchObject({ details: { reason: "sharedAccount" } });
  });
});

describe("accepting an invitation", () => {
  it("by signing in: the signed-in invitee joins with the invited role, in the team's trail as actor", async () => {
    const a = await createTeam(["EDITOR"]);
    const b = await createTeam(["ADMIN"]);
    const invitee = a.members.EDITOR;
    const { link, invitationId } = await createInvitation(b.members.ADMIN, {
      email: invitee.email,
      role: "FACT_CHECKER",
    });
    expect(await getInvitationByToken(tokenOf(link))).toMatchObject({
      teamName: b.team.name,
      role: "FACT_CHECKER",
      email: invitee.email,
      invitedByName: b.members.ADMIN.name,
      status: "open",
    });

    expect(await acceptInvitation(invitee, { token: tokenOf(link) })).toEqual({
      teamId: b.team.id,
      teamName: b.team.name,
      role: "FACT_CHECKER",
    });
    const inB = await loadMember({ userId: invitee.userId, preferredTeamId: b.team.id });
    expect(inB).toMatchObject({ teamId: b.team.id, role: "FACT_CHECKER" });
    expect(inB?.teams.map((t) => t.teamId).sort()).toEqual([a.team.id, b.team.id].sort());
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).toMatchObject({
      acceptedById: invitee.userId,
    });
    expect(await listInvitations(b.members.ADMIN)).toEqual([]);
    expect((await getInvitationByToken(tokenOf(link)))?.status).toBe("accepted");

    // Single use.
    await expect(acceptInvitation(invitee, { token: tokenOf(link) })).rejects.toMatchObject({
      details: { reason: "invitationUsed" },
    });
  });

  it("with a new account: the invitee's own name and password, signed in straight after", async () => {
    const { team, members, tag } = await createTeam(["ADMIN"]);
    const email = `nadia-${tag}@example.test`;
    const { link } = await createInvitation(members.ADMIN, { email, role: "EDITOR" });
    const joined = await acceptInvitationWithNewAccount(newAccount(tokenOf(link)));
    expect(joined).toEqual({ teamId: team.id, teamName: team.name, role: "EDITOR", email });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Nadia New");
    expect(await membershipsOf(user.id)).toEqual([{ teamId: team.id, role: "EDITOR" }]);
    expect(await signsIn(email, NEW_PASSWORD)).toBe(true);
    // No other team, so nothing but the team's own two events.
    const events = await db.auditEvent.findMany({ where: { actorId: user.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.teamId])).toEqual([
      ["invitation.accept", team.id],
      ["member.add", team.id],
    ]);
    await expect(acceptInvitationWithNewAccount(newAccount(tokenOf(link)))).rejects.toMatchObject({
      details: { reason: "invitationUsed" },
    });
  });

  it("with a new account for an email that has one: told to sign in, and the account is left alone", async () => {
    const a = await createTeam(["VIEWER"]);
    const b = await createTeam(["ADMIN"]);
    const { link } = await createInvitation(b.members.ADMIN, { email: a.members.VIEWER.email, role: "ADMIN" });
    await expect(acceptInvitationWithNewAccount(newAccount(tokenOf(link), "Impostor"))).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "accountExists" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: a.members.VIEWER.userId } });
    expect(user.name).toBe(a.members.VIEWER.name);
    expect(await signsIn(user.email, TEST_PASSWORD)).toBe(true);
    expect(await membershipsOf(user.id)).toEqual([{ teamId: a.team.id, role: "VIEWER" }]);
    // The invitation is still open for its owner to accept by signing in.
    expect((await getInvitationByToken(tokenOf(link)))?.status).toBe("open");
  });

  it("is refused for a signed-in person with another email, attaching nothing", async () => {
    const a = await createTeam(["EDITOR"]);
    const b = await createTeam(["ADMIN"]);
    const { link } = await createInvitation(b.members.ADMIN, { email: `someone-${b.tag}@example.test`, role: "ADMIN" });
    await expect(acceptInvitation(a.members.EDITOR, { token: tokenOf(link) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "invitationOtherEmail" },
    });
    expect(await membershipsOf(a.members.EDITOR.userId)).toEqual([{ teamId: a.team.id, role: "EDITOR" }]);
    expect((await getInvitationByToken(tokenOf(link)))?.status).toBe("open");
  });

  it("refuses expired, revoked, replaced and unknown links, with a reason for each", async () => {
    const { team, members, tag } = await createTeam(["ADMIN"]);
    const invite = (email: string) => createInvitation(members.ADMIN, { email, role: "VIEWER" });

    const expired = await invite(`late-${tag}@example.test`);
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1) } });
    const revoked = await invite(`revoked-${tag}@example.test`);
    await revokeInvitation(members.ADMIN, { invitationId: revoked.invitationId });
    const replaced = await invite(`twice-${tag}@example.test`);
    const replacement = await invite(`twice-${tag}@example.test`);

    for (const [link, reason, status] of [
      [expired.link, "invitationExpired", "expired"],
      [revoked.link, "invitationRevoked", "revoked"],
      [replaced.link, "invitationRevoked", "revoked"],
    ] as const) {
      await expect(acceptInvitationWithNewAccount(newAccount(tokenOf(link)))).rejects.toMatchObject({
        code: "CONFLICT",
        details: { reason },
      });
      expect((await getInvitationByToken(tokenOf(link)))?.status).toBe(status);
    }
    const unknown = "A".repeat(43);
    await expect(acceptInvitationWithNewAccount(newAccount(unknown))).rejects.toMatchObject({
      code: "NOT_FOUND",
      details: { reason: "invitationUnknown" },
    });
    expect(await getInvitationByToken(unknown)).toBeNull();
    expect(
      await db.user.count({ where: { email: { endsWith: `-${tag}@example.test`, not: members.ADMIN.email } } }),
    ).toBe(0);

    // The team page lists only what can still be accepted: the replacement.
    expect((await listInvitations(members.ADMIN)).map((i) => i.invitationId)).toEqual([replacement.invitationId]);
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("accepts one of two simultaneous acceptances of the same link", async () => {
    const { team, members, tag } = await createTeam(["ADMIN"]);
    const { link } = await createInvitation(members.ADMIN, { email: `race-${tag}@example.test`, role: "VIEWER" });
    const results = await Promise.allSettled([
      acceptInvitationWithNewAccount(newAccount(tokenOf(link), "First")),
      acceptInvitationWithNewAccount(newAccount(tokenOf(link), "Second")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(2);
  });
});

describe("invitations belong to their team and its admins", () => {
  it("only admins invite, list and revoke; another team's admin finds nothing", async () => {
    const { members, tag } = await createTeam(["ADMIN", "EDITOR"]);
    const outsider = (await createTeam(["ADMIN"])).members.ADMIN;
    await expect(
      createInvitation(members.EDITOR, { email: `x-${tag}@example.test`, role: "VIEWER" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvitations(members.EDITOR)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { invitationId, link } = await createInvitation(members.ADMIN, {
      email: `x-${tag}@example.test`,
      role: "ADMIN",
    });
    await expect(revokeInvitation(members.EDITOR, { invitationId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeInvitation(outsider, { invitationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listInvitations(outsider)).toEqual([]);
    expect((await getInvitationByToken(tokenOf(link)))?.status).toBe("open");
  });

  it("stores the token's SHA-256 only, and makes a link from APP_URL", async () => {
    const { members, tag } = await createTeam(["ADMIN"]);
    const { link, invitationId } = await createInvitation(members.ADMIN, {
      email: `h-${tag}@example.test`,
      role: "VIEWER",
    });
    const token = tokenOf(link);
    expect(link).toMatch(/^https?:\/\/[^/]+\/invite\/[A-Za-z0-9_-]{43}$/);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
  });

  it("an accepted invitation cannot be revoked; revoking twice is harmless", async () => {
    const { members, tag } = await createTeam(["ADMIN"]);
    const used = await createInvitation(members.ADMIN, { email: `u-${tag}@example.test`, role: "VIEWER" });
    await acceptInvitationWithNewAccount(newAccount(tokenOf(used.link)));
    await expect(revokeInvitation(members.ADMIN, { invitationId: used.invitationId })).rejects.toMatchObject({
      details: { reason: "invitationUsed" },
    });
    const other = await createInvitation(members.ADMIN, { email: `r-${tag}@example.test`, role: "VIEWER" });
    await revokeInvitation(members.ADMIN, { invitationId: other.invitationId });
    await revokeInvitation(members.ADMIN, { invitationId: other.invitationId });
    const revokes = await db.auditEvent.count({ where: { entityId: other.invitationId, action: "invitation.revoke" } });
    expect(revokes).toBe(1);
  });
});
