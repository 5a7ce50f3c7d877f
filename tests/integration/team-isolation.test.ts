import { describe, expect, it } from "vitest";
import { listArticles } from "@/lib/server/articles/list-articles";
import { listTeamMembers } from "@/lib/server/teams/list-team-members";
import { resetMemberPassword } from "@/lib/server/teams/reset-member-password";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { loadMember } from "@/lib/server/users/load-member";
import { db } from "@/lib/db";
import { createArticle, createTeam } from "./support";

describe("team isolation", () => {
  it("lists only the acting member's team articles", async () => {
    const a = await createTeam(["EDITOR"]);
    const b = await createTeam(["EDITOR"]);
    await createArticle(a.team.id, "Article of A");
    await createArticle(b.team.id, "Article of B");

    const seenByA = await listArticles(a.members.EDITOR);
    expect(seenByA.items.map((x) => x.title)).toEqual(["Article of A"]);
  });

  it("an admin of team A cannot touch team B's memberships by guessing ids", async () => {
    const a = await createTeam(["ADMIN"]);
    const b = await createTeam(["ADMIN", "VIEWER"]);
    const victim = await db.membership.findFirstOrThrow({ where: { teamId: b.team.id, role: "VIEWER" } });

    await expect(
      updateMembership(a.members.ADMIN, { membershipId: victim.id, version: victim.version, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateMembership(a.members.ADMIN, { membershipId: victim.id, version: victim.version, disabled: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      resetMemberPassword(a.members.ADMIN, { membershipId: victim.id, password: "new password!" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const after = await db.membership.findUniqueOrThrow({ where: { id: victim.id } });
    expect(after).toMatchObject({ role: "VIEWER", disabledAt: null, version: victim.version });
    expect((await listTeamMembers(a.members.ADMIN)).map((m) => m.email)).not.toContain(b.members.VIEWER.email);
  });

  it("a team id from the client (team switcher cookie) cannot select a team the user is not in", async () => {
    const a = await createTeam(["EDITOR"]);
    const b = await createTeam(["EDITOR"]);
    const member = await loadMember({ userId: a.members.EDITOR.userId, preferredTeamId: b.team.id });
    expect(member?.teamId).toBe(a.team.id);
  });

  it("a user in two teams acts in the selected one only", async () => {
    const a = await createTeam(["EDITOR"]);
    const b = await createTeam(["ADMIN"]);
    await db.membership.create({ data: { userId: a.members.EDITOR.userId, teamId: b.team.id, role: "VIEWER" } });
    await createArticle(b.team.id, "Only in B");

    const inA = await loadMember({ userId: a.members.EDITOR.userId, preferredTeamId: a.team.id });
    const inB = await loadMember({ userId: a.members.EDITOR.userId, preferredTeamId: b.team.id });
    expect(inA).toMatchObject({ teamId: a.team.id, role: "EDITOR" });
    expect(inB).toMatchObject({ teamId: b.team.id, role: "VIEWER" });
    expect(inA!.teams).toHaveLength(2);
    expect((await listArticles(inA!)).items.map((x) => x.title)).not.toContain("Only in B");
    expect((await listArticles(inB!)).items.map((x) => x.title)).toEqual(["Only in B"]);
  });
});
