import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { getClaimHistory } from "@/lib/server/claims/get-claim-history";
import { addComment } from "@/lib/server/comments/add-comment";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { setUpClaimStages, type ClaimStages } from "./claim-stages";
import { createTeam, refusal } from "./support";

/**
 * A claim's history is read from AuditEvent(claimId, id), 50 events a page: the latest first
 * (shown oldest first), then the ones before them through the cursor.
 */
describe("a claim's history", () => {
  let stages: ClaimStages;
  let claimId: string;
  /** Every event of the claim, in the order they were written. */
  let recorded: { id: string; action: string }[];

  beforeAll(async () => {
    stages = await setUpClaimStages();
    const { members } = stages;
    const { claim } = await stages.claimAt("IN_REVIEW");
    claimId = claim.id;
    // Back to work, so evidence may change: then an evidence's whole life, and many comments.
    const resumed = await stages.step(members.FACT_CHECKER, claim, "withdraw", "More sources to check.");
    const source = await db.source.create({ data: { teamId: stages.team.id, title: "Reuters", kind: "NEWS_REPORT" } });
    const cited = await attachEvidence(members.FACT_CHECKER, {
      claimId,
      sourceId: source.id,
      stance: "SUPPORTS",
      passage: "five",
      credibility: 3,
      note: null,
    });
    const updated = await updateEvidence(members.FACT_CHECKER, {
      evidenceId: cited.id,
      version: cited.version,
      stance: "REFUTES",
      passage: "no one",
      credibility: 2,
      note: null,
    });
    await removeEvidence(members.FACT_CHECKER, { evidenceId: updated.id, version: updated.version });
    for (let index = 1; index <= PAGE_SIZE; index += 1)
      await addComment(members.EDITOR, { claimId, parentId: null, body: `Comment ${index}` });
    // Another claim of the same article: none of its events belong to this history.
    await stages.claimAt("IN_REVIEW");
    expect(resumed.status).toBe("IN_PROGRESS");
    const events = await db.auditEvent.findMany({ where: { claimId }, orderBy: { id: "asc" } });
    recorded = events.map((event) => ({ id: String(event.id), action: event.action }));
  });

  it("names the claim on its own events and its evidence's and comments'", async () => {
    const actions = recorded.map((event) => event.action);
    expect(actions.slice(0, 4)).toEqual(["claim.create", "claim.rate", "evidence.create", "claim.submit"]);
    expect(actions).toEqual(expect.arrayContaining(["evidence.update", "evidence.delete", "comment.create"]));
    expect(actions.filter((action) => action === "comment.create")).toHaveLength(PAGE_SIZE);
    expect(recorded.length).toBeGreaterThan(PAGE_SIZE);
    // Each event of the trail that mentions the claim carries it, and only those.
    const mentioning = await db.$queryRaw<{ id: bigint }[]>`
      SELECT id FROM "AuditEvent"
      WHERE (("entityType" = 'Claim' AND "entityId" = ${claimId})
         OR ("entityType" IN ('Evidence', 'Comment') AND (after->>'claimId' = ${claimId} OR before->>'claimId' = ${claimId})))
      ORDER BY id`;
    expect(mentioning.map((row) => String(row.id))).toEqual(recorded.map((event) => event.id));
  });

  it("shows the latest 50 events oldest first, then the ones before them, without repeats or gaps", async () => {
    const { EDITOR: editor, VIEWER: viewer } = stages.members;
    const first = await getClaimHistory(editor, claimId);
    expect(first.items.map((entry) => entry.id)).toEqual(recorded.slice(-PAGE_SIZE).map((event) => event.id));
    expect(first.items.at(-1)).toMatchObject({ action: "comment.create", note: `Comment ${PAGE_SIZE}` });
    expect(first.items[0]!.actor).toBe(editor.name);
    expect(first.nextCursor).not.toBeNull();

    const second = await getClaimHistory(viewer, claimId, { cursor: first.nextCursor });
    expect(second.items.map((entry) => entry.id)).toEqual(recorded.slice(0, -PAGE_SIZE).map((event) => event.id));
    expect(second.nextCursor).toBeNull();
    expect(second.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["claim.create", "evidence.create", "evidence.update", "evidence.delete"]),
    );
    // The removed evidence's event, recorded with only a "before", is in the claim's history.
    const removal = second.items.find((entry) => entry.action === "evidence.delete")!;
    expect(removal.actor).toBe(stages.members.FACT_CHECKER.name);
    expect(removal.changes.length).toBeGreaterThan(0);
    // Evidence events name the source they cited, for the timeline to link it.
    expect(removal.source).toMatchObject({ title: "Reuters" });
    const cited = second.items
      .filter((entry) => entry.action === "evidence.create")
      .map((entry) => entry.source?.title);
    expect(cited).toEqual(expect.arrayContaining(["AFP dispatch", "Reuters"]));
    expect(second.items.find((entry) => entry.action === "claim.create")!.source).toBeNull();
  });

  it("treats an unreadable cursor as the first page", async () => {
    const page = await getClaimHistory(stages.members.EDITOR, claimId, { cursor: "not-a-cursor" });
    expect(page.items.map((entry) => entry.id)).toEqual(recorded.slice(-PAGE_SIZE).map((event) => event.id));
  });

  it("refuses another team's claim, with or without a cursor, as not found", async () => {
    const { members: others } = await createTeam(["ADMIN"]);
    const first = await getClaimHistory(stages.members.EDITOR, claimId);
    expect((await refusal(() => getClaimHistory(others.ADMIN, claimId))).code).toBe("NOT_FOUND");
    expect((await refusal(() => getClaimHistory(others.ADMIN, claimId, { cursor: first.nextCursor }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(() => getClaimHistory(others.ADMIN, "not-a-uuid"))).code).toBe("NOT_FOUND");
  });
});
