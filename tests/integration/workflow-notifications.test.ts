import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications/notice-recipients";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { takeSqlTally } from "@/lib/sql-tally";
import { bulkTransitionClaims } from "@/lib/server/claims/bulk-transition-claims";
import { listAssignedClaims } from "@/lib/server/claims/list-assigned-claims";
import { addComment } from "@/lib/server/comments/add-comment";
import { createNotifications } from "@/lib/server/notifications/create-notifications";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import { findPickerChoices } from "@/lib/server/pickers/find-picker-choices";
import { getNotificationPreferences } from "@/lib/server/users/get-notification-preferences";
import { loadMember } from "@/lib/server/users/load-member";
import { updateNotificationPreferences } from "@/lib/server/users/update-notification-preferences";
import { setUpClaimStages } from "./claim-stages";
import { countingStatements } from "./sql-counting";
import { createArticle, createTeam, refusal } from "./support";

countingStatements();

/** Who holds a notice of this kind about this claim, by user id. */
async function told(kind: string, claimId: string) {
  const rows = await db.notification.findMany({
    where: { kind: kind as never, claimId },
    select: { userId: true, note: true, actorId: true, teamId: true },
    orderBy: { userId: "asc" },
  });
  return rows;
}

describe("the people whose work moves are told", () => {
  it("submitting tells the team's reviewers with the note, never the fact-checker nor another team", async () => {
    const s = await setUpClaimStages();
    const other = await createTeam(["EDITOR", "ADMIN"]);
    const claim = await s.rate(s.members.FACT_CHECKER, await s.span(0, 45));
    await s.step(s.members.FACT_CHECKER, claim, "submit", "Two sources disagree on the toll.");
    const notices = await told("SUBMITTED", claim.id);
    expect(notices.map((row) => row.userId).sort()).toEqual([s.members.EDITOR.userId, s.members.ADMIN.userId].sort());
    for (const row of notices)
      expect(row).toMatchObject({
        note: "Two sources disagree on the toll.",
        actorId: s.members.FACT_CHECKER.userId,
        teamId: s.team.id,
      });
    const inbox = await listNotifications(s.members.EDITOR);
    expect(inbox.review).toHaveLength(1);
    expect(inbox.review[0]).toMatchObject({
      kind: "SUBMITTED",
      actor: s.members.FACT_CHECKER.name,
      note: "Two sources disagree on the toll.",
      claim: { id: claim.id },
    });
    expect(inbox.unread.review).toBe(1);
    expect((await listNotifications(s.members.FACT_CHECKER)).review).toEqual([]);
    expect((await listNotifications(other.members.EDITOR)).review).toEqual([]);
    expect(await db.notification.count({ where: { teamId: other.team.id } })).toBe(0);
  });

  it("changes requested reach the rater and the assignee with the note, never the acting editor", async () => {
    const s = await setUpClaimStages();
    const { claim } = await s.claimAt("IN_REVIEW");
    // The editor is the assignee and acts: told nothing; the admin is neither rater nor assignee.
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: s.members.EDITOR.userId } });
    await s.step(s.members.EDITOR, claim, "requestChanges", "Cite the UN figure too.");
    expect(await told("CHANGES_REQUESTED", claim.id)).toEqual([
      {
        userId: s.members.FACT_CHECKER.userId,
        note: "Cite the UN figure too.",
        actorId: s.members.EDITOR.userId,
        teamId: s.team.id,
      },
    ]);
    const inbox = await listNotifications(s.members.FACT_CHECKER);
    expect(inbox.review.map((item) => [item.kind, item.note])).toEqual([
      ["CHANGES_REQUESTED", "Cite the UN figure too."],
    ]);
    await markNotificationsRead(s.members.FACT_CHECKER, { kinds: ["CHANGES_REQUESTED", "APPROVED"] });
    expect((await listNotifications(s.members.FACT_CHECKER)).unread.review).toBe(0);
  });

  it("approval, publication and a published correction tell the fact-checker, the correction with its reason", async () => {
    const s = await setUpClaimStages();
    const { claim: approved } = await s.claimAt("APPROVED");
    expect((await told("APPROVED", approved.id)).map((row) => row.userId)).toEqual([s.members.FACT_CHECKER.userId]);
    const published = await s.step(s.members.EDITOR, approved, "publish");
    expect((await told("PUBLISHED", published.id)).map((row) => row.userId)).toEqual([s.members.FACT_CHECKER.userId]);
    expect(await told("CORRECTED", published.id)).toEqual([]);

    // A correction: reopened with its reason, re-rated, reviewed and published again.
    let draft = await s.step(s.members.EDITOR, published, "correct", "The toll was revised to six.");
    draft = await s.rate(s.members.FACT_CHECKER, draft, "MISLEADING");
    draft = await s.step(s.members.FACT_CHECKER, draft, "submit");
    draft = await s.step(s.members.EDITOR, draft, "approve");
    await s.step(s.members.EDITOR, draft, "publish");
    expect(await told("CORRECTED", published.id)).toEqual([
      {
        userId: s.members.FACT_CHECKER.userId,
        note: "The toll was revised to six.",
        actorId: s.members.EDITOR.userId,
        teamId: s.team.id,
      },
    ]);
    expect((await told("PUBLISHED", published.id)).length).toBe(1);
    const kinds = (await listNotifications(s.members.FACT_CHECKER)).review.map((item) => item.kind);
    expect(kinds).toEqual(["CORRECTED", "APPROVED", "PUBLISHED", "APPROVED"]);
  });

  it("a comment tells the claim's rater and assignee, not its author, and a mention only once", async () => {
    const s = await setUpClaimStages();
    const claim = await s.rate(s.members.FACT_CHECKER, await s.span(0, 45));
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: s.members.VIEWER.userId } });
    const first = await addComment(s.members.EDITOR, { claimId: claim.id, parentId: null, body: "Which AFP wire?" });
    expect((await told("COMMENTED", claim.id)).map((row) => row.userId).sort()).toEqual(
      [s.members.FACT_CHECKER.userId, s.members.VIEWER.userId].sort(),
    );
    // The fact-checker answers: the viewer (assignee) hears of it, the fact-checker not of their own words.
    await addComment(s.members.FACT_CHECKER, { claimId: claim.id, parentId: first.id, body: "The 14:02 one." });
    const commented = await told("COMMENTED", claim.id);
    expect(commented.filter((row) => row.userId === s.members.FACT_CHECKER.userId)).toHaveLength(1);
    expect(commented.filter((row) => row.userId === s.members.VIEWER.userId)).toHaveLength(2);
    // A mention is the more specific notice: the mentioned fact-checker gets that, not a second one.
    const checker = await db.user.findUniqueOrThrow({ where: { id: s.members.FACT_CHECKER.userId } });
    await addComment(s.members.EDITOR, { claimId: claim.id, parentId: null, body: `@${checker.name} see above` });
    expect((await told("COMMENTED", claim.id)).filter((r) => r.userId === checker.id)).toHaveLength(1);
    expect((await told("MENTION", claim.id)).map((row) => row.userId)).toEqual([checker.id]);
    const inbox = await listNotifications(s.members.VIEWER);
    expect(inbox.comments.map((item) => item.excerpt)).toEqual([
      `@${checker.name} see above`,
      "The 14:02 one.",
      "Which AFP wire?",
    ]);
  });

  it("muted kinds are not created for whoever muted them; everyone else is still told", async () => {
    const s = await setUpClaimStages();
    await updateNotificationPreferences(s.members.FACT_CHECKER, { muted: ["APPROVED", "COMMENTED"] });
    await updateNotificationPreferences(s.members.ADMIN, { muted: ["SUBMITTED"] });
    const { claim } = await s.claimAt("APPROVED");
    expect(await told("APPROVED", claim.id)).toEqual([]);
    expect((await told("SUBMITTED", claim.id)).map((row) => row.userId)).toEqual([s.members.EDITOR.userId]);
    await addComment(s.members.EDITOR, { claimId: claim.id, parentId: null, body: "Good work." });
    expect(await told("COMMENTED", claim.id)).toEqual([]);
    await s.step(s.members.EDITOR, claim, "publish");
    expect((await told("PUBLISHED", claim.id)).map((row) => row.userId)).toEqual([s.members.FACT_CHECKER.userId]);
  });

  it("a bulk action tells every claim's fact-checker in one insert, whatever the number of claims", async () => {
    const s = await setUpClaimStages();
    const claims = [];
    for (let index = 0; index < 6; index += 1) {
      const claim = await s.rate(s.members.FACT_CHECKER, await s.span(index * 5, index * 5 + 4));
      claims.push(await s.step(s.members.FACT_CHECKER, claim, "submit"));
    }
    takeSqlTally();
    await bulkTransitionClaims(s.members.EDITOR, {
      claims: claims.map((claim) => ({ claimId: claim.id, version: claim.version })),
      action: "requestChanges",
      note: "Add the time of each strike.",
    });
    const statements = takeSqlTally().statements.map((statement) => statement.query);
    expect(statements.filter((query) => /INSERT INTO "public"\."Notification"/.test(query))).toHaveLength(1);
    // The recipients' memberships and muted kinds: one read for the whole batch.
    expect(statements.filter((query) => /FROM "public"\."Membership"/.test(query))).toHaveLength(1);
    const notices = await db.notification.findMany({
      where: { kind: "CHANGES_REQUESTED", claimId: { in: claims.map((claim) => claim.id) } },
    });
    expect(notices).toHaveLength(6);
    expect(new Set(notices.map((row) => row.userId))).toEqual(new Set([s.members.FACT_CHECKER.userId]));
    expect(notices.every((row) => row.note === "Add the time of each strike.")).toBe(true);
  });

  it("a notice for someone outside the claim's team, or disabled, is dropped", async () => {
    const s = await setUpClaimStages();
    const other = await createTeam(["FACT_CHECKER"]);
    const claim = await s.span(0, 45);
    await db.membership.updateMany({
      where: { teamId: s.team.id, userId: s.members.VIEWER.userId },
      data: { disabledAt: new Date() },
    });
    const created = await db.$transaction((tx) =>
      createNotifications(tx, [
        ...[other.members.FACT_CHECKER, s.members.VIEWER, s.members.ADMIN].map((member) => ({
          teamId: s.team.id,
          userId: member.userId,
          kind: "COMMENTED" as const,
          claimId: claim.id,
          actorId: s.members.EDITOR.userId,
        })),
      ]),
    );
    expect(created).toBe(1);
    expect((await told("COMMENTED", claim.id)).map((row) => row.userId)).toEqual([s.members.ADMIN.userId]);
  });
});

describe("the inbox's review list", () => {
  it("pages its kinds together, newest first, without repeats or gaps, and counts their unread", async () => {
    const s = await setUpClaimStages();
    const claim = await s.span(0, 45);
    const kinds = ["SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "CORRECTED", "MENTION"] as const;
    await db.notification.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        teamId: s.team.id,
        userId: s.members.FACT_CHECKER.userId,
        kind: kinds[index % kinds.length]!,
        claimId: claim.id,
        // Pairs share a moment: the id breaks the tie.
        createdAt: new Date(Date.UTC(2026, 10, 1) - Math.floor(index / 2) * 60_000),
      })),
    });
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const inbox = await listNotifications(s.members.FACT_CHECKER, { review: cursor });
      expect(inbox.unread.review).toBe(25);
      expect(inbox.mentions).toHaveLength(5);
      ids.push(...inbox.review.map((item) => item.id));
      sizes.push(inbox.review.length);
      cursor = inbox.next.review;
    } while (cursor && sizes.length < 5);
    expect(sizes).toEqual([20, 5]);
    const expected = await db.notification.findMany({
      where: { userId: s.members.FACT_CHECKER.userId, kind: { not: "MENTION" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((row) => row.id));
    expect((await listNotifications(s.members.EDITOR)).review).toEqual([]);
  });
});

describe("notification preferences", () => {
  it("are saved per person, in a fixed order, and audited in each of their teams", async () => {
    const { team, members } = await createTeam(["VIEWER"]);
    const second = await createTeam(["ADMIN"]);
    await db.membership.create({ data: { userId: members.VIEWER.userId, teamId: second.team.id, role: "VIEWER" } });
    expect(await getNotificationPreferences(members.VIEWER)).toEqual({ muted: [] });
    expect(await updateNotificationPreferences(members.VIEWER, { muted: ["PUBLISHED", "MENTION"] })).toEqual({
      muted: ["MENTION", "PUBLISHED"],
    });
    expect(await getNotificationPreferences(members.VIEWER)).toEqual({ muted: ["MENTION", "PUBLISHED"] });
    const events = await db.auditEvent.findMany({
      where: { entityId: members.VIEWER.userId, action: "user.notificationPreferences" },
      select: { teamId: true, actorId: true, before: true, after: true },
    });
    expect(events.map((event) => event.teamId).sort()).toEqual([team.id, second.team.id].sort());
    expect(events[0]).toMatchObject({
      actorId: members.VIEWER.userId,
      before: { muted: [] },
      after: { muted: ["MENTION", "PUBLISHED"] },
    });
  });

  it("refuses unknown kinds, repeats and oversized lists, and changes nothing then", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    for (const muted of [["NOPE"], ["MENTION", "MENTION"], [...NOTIFICATION_KINDS, "MENTION"], "MENTION"])
      expect((await refusal(() => updateNotificationPreferences(members.FACT_CHECKER, { muted } as never))).code).toBe(
        "VALIDATION",
      );
    expect(await getNotificationPreferences(members.FACT_CHECKER)).toEqual({ muted: [] });
    expect(
      await db.auditEvent.count({
        where: { entityId: members.FACT_CHECKER.userId, action: "user.notificationPreferences" },
      }),
    ).toBe(0);
  });
});

describe("assigned to me", () => {
  it("pages the member's claims, latest change first, without repeats or gaps, in their team only", async () => {
    const { team, members } = await createTeam(["EDITOR", "FACT_CHECKER"]);
    const other = await createTeam(["EDITOR"]);
    // The fact-checker belongs to the other team too, with claims assigned there.
    await db.membership.create({
      data: { userId: members.FACT_CHECKER.userId, teamId: other.team.id, role: "FACT_CHECKER" },
    });
    const mine = members.FACT_CHECKER.userId;
    const claimsIn = async (teamId: string, count: number, assigneeId: string, offset = 0) => {
      const article = await createArticle(teamId, "The observatory said five people were killed");
      const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
      await db.claim.createMany({
        data: Array.from({ length: count }, (_, index) => ({
          teamId,
          articleId: article.id,
          revisionId: revision.id,
          startOffset: index,
          endOffset: index + 1,
          exact: "T",
          prefix: "",
          suffix: "",
          statement: `Claim ${offset + index}`,
          type: "EVENT" as const,
          assigneeId,
          // Pairs share a moment: the id breaks the tie.
          statusChangedAt: new Date(Date.UTC(2026, 10, 1) - Math.floor((offset + index) / 2) * 60_000),
        })),
      });
    };
    await claimsIn(team.id, PAGE_SIZE + 7, mine);
    await claimsIn(team.id, 4, members.EDITOR.userId, 1000);
    await claimsIn(other.team.id, 5, mine, 2000);

    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const page = await listAssignedClaims(members.FACT_CHECKER, { cursor });
      for (const item of page.items) {
        expect(new Date(item.statusChangedAt).getTime()).toBeLessThanOrEqual(previous);
        previous = new Date(item.statusChangedAt).getTime();
      }
      ids.push(...page.items.map((item) => item.id));
      sizes.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor && sizes.length < 5);
    expect(sizes).toEqual([PAGE_SIZE, 7]);
    expect(new Set(ids).size).toBe(PAGE_SIZE + 7);
    const expected = await db.claim.findMany({
      where: { teamId: team.id, assigneeId: mine },
      orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((row) => row.id));
    // A tampered cursor is the first page; the other team sees only its own five.
    const first = await listAssignedClaims(members.FACT_CHECKER, { cursor: "not-a-cursor" });
    expect(first.items.map((item) => item.id)).toEqual(ids.slice(0, PAGE_SIZE));
    const otherMember = (await loadMember({ userId: mine, preferredTeamId: other.team.id }))!;
    expect(otherMember.teamId).toBe(other.team.id);
    expect((await listAssignedClaims(otherMember)).items.map((item) => item.statement).sort()).toEqual([
      "Claim 2000",
      "Claim 2001",
      "Claim 2002",
      "Claim 2003",
      "Claim 2004",
    ]);
    expect((await listAssignedClaims(members.EDITOR)).items).toHaveLength(4);
  });
});

describe("the @mention picker", () => {
  it("offers at most 8 active members of the member's own team, by a word of the name or the e-mail", async () => {
    const { team, members } = await createTeam(["EDITOR"]);
    const other = await createTeam(["EDITOR"]);
    for (let index = 0; index < 10; index += 1) {
      const user = await db.user.create({
        data: { email: `farah${index}-${team.id}@example.test`, name: `Farah Checker ${index}`, passwordHash: "x" },
      });
      await db.membership.create({
        data: { userId: user.id, teamId: team.id, role: "FACT_CHECKER", disabledAt: index === 0 ? new Date() : null },
      });
    }
    const farah = await findPickerChoices(members.EDITOR, { kind: "members", q: "far" });
    expect(farah).toHaveLength(8);
    expect(farah.map((choice) => choice.label)).not.toContain("Farah Checker 0");
    expect((await findPickerChoices(members.EDITOR, { kind: "members", q: "checker 9" })).map((c) => c.label)).toEqual([
      "Farah Checker 9",
    ]);
    expect(await findPickerChoices(other.members.EDITOR, { kind: "members", q: "far" })).toEqual([]);
    expect((await refusal(() => findPickerChoices(members.EDITOR, { kind: "members", q: "x".repeat(101) }))).code).toBe(
      "VALIDATION",
    );
  });
});
