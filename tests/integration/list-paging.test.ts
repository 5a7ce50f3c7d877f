import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { normalizeForMatch } from "@/lib/domain/text/arabic-normalize";
import { listArticles } from "@/lib/server/articles/list-articles";
import { ATTENTION_LIMIT, listClaimsNeedingAttention } from "@/lib/server/claims/list-claims-needing-attention";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { getClaimantRecord } from "@/lib/server/entities/get-claimant-record";
import { listEntityPage } from "@/lib/server/entities/list-entity-page";
import { INBOX_PAGE_SIZE, listNotifications } from "@/lib/server/notifications/list-notifications";
import { findPickerChoices } from "@/lib/server/pickers/find-picker-choices";
import { getPickerChoice } from "@/lib/server/pickers/get-picker-choice";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { listSourcePage } from "@/lib/server/sources/list-source-page";
import { createArticle, createTeam, refusal } from "./support";

const TAMPERED = ["not-a-cursor", Buffer.from('{"at":"2020-01-01","id":"x"}').toString("base64url"), "%%%"];
const minutesAgo = (minutes: number) => new Date(Date.UTC(2026, 10, 1) - minutes * 60_000);

/** Every page of a list, following its cursors: the ids in order, and how many pages. */
async function walk<T>(
  first: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
  idOf: (item: T) => string,
) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await first(cursor);
    ids.push(...page.items.map(idOf));
    sizes.push(page.items.length);
    cursor = page.nextCursor;
  } while (cursor && sizes.length < 10);
  return { ids, sizes };
}

/** A team with one article and a helper that adds claims to it straight into the table. */
async function teamWithClaims() {
  const { team, members } = await createTeam();
  const article = await createArticle(team.id, "The observatory said five people were killed");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const addClaims = async (
    count: number,
    data: (index: number) => Record<string, unknown>,
    on: { id: string; revisionId: string } = { id: article.id, revisionId: revision.id },
  ) => {
    await db.claim.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        teamId: team.id,
        articleId: on.id,
        revisionId: on.revisionId,
        startOffset: index,
        endOffset: index + 1,
        exact: "T",
        prefix: "",
        suffix: "",
        statement: `Claim ${index}`,
        type: "EVENT" as const,
        ...data(index),
      })),
    });
  };
  return { team, members, article, revision, addClaims };
}

describe("the article list, a page at a time", () => {
  it("pages 50 newest first without repeats or gaps, counts the page's claims, and keeps to the team", async () => {
    const { team, members } = await createTeam();
    const other = await createTeam(["EDITOR"]);
    // Two articles share a creation time: the id breaks the tie, neither is skipped.
    await db.article.createMany({
      data: Array.from({ length: 54 }, (_, index) => ({
        teamId: team.id,
        title: `Article ${index}`,
        language: "en",
        direction: "ltr" as const,
        createdAt: minutesAgo(index === 53 ? 52 : index),
      })),
    });
    const newest = await createArticle(team.id, "Newest article");
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: newest.id } });
    const claim = (startOffset: number, status: "NEW" | "IN_REVIEW") => ({
      teamId: team.id,
      articleId: newest.id,
      revisionId: revision.id,
      startOffset,
      endOffset: startOffset + 1,
      exact: "N",
      prefix: "",
      suffix: "",
      statement: "A claim",
      type: "EVENT" as const,
      status,
    });
    await db.claim.createMany({ data: [claim(0, "NEW"), claim(1, "NEW"), claim(2, "IN_REVIEW")] });

    const first = await listArticles(members.VIEWER);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.total).toBe(55);
    expect(first.items[0]).toMatchObject({ id: newest.id, claimCount: 3, progress: { NEW: 2, IN_REVIEW: 1 } });
    expect(first.items[1]).toMatchObject({ title: "Article 0", claimCount: 0, progress: {} });

    const { ids, sizes } = await walk(
      (cursor) => listArticles(members.VIEWER, { cursor }),
      (item) => item.id,
    );
    expect(sizes).toEqual([50, 5]);
    expect(new Set(ids).size).toBe(55);
    const all = await db.article.findMany({
      where: { teamId: team.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(all.map((row) => row.id));

    // Another team sees none of it, even with this team's cursor.
    expect(await listArticles(other.members.EDITOR, { cursor: first.nextCursor })).toEqual({
      items: [],
      nextCursor: null,
      total: 0,
    });
    // A cursor that is not one of ours means the first page.
    for (const cursor of TAMPERED)
      expect((await listArticles(members.VIEWER, { cursor })).items.map((item) => item.id)).toEqual(
        first.items.map((item) => item.id),
      );
  });
});

describe("the review queue, a page at a time", () => {
  it("pages the claims in review oldest submission first (undated last), keeps its filters and only row fields", async () => {
    const { team, members, addClaims } = await teamWithClaims();
    const other = await createTeam(["EDITOR"]);
    const second = await createArticle(team.id, "Another article");
    const secondRevision = await db.articleRevision.findFirstOrThrow({ where: { articleId: second.id } });
    await addClaims(52, (index) => ({
      status: "IN_REVIEW",
      // Pairs share a submission time.
      submittedAt: minutesAgo(100 - Math.floor(index / 2)),
      assigneeId: index % 2 === 0 ? members.EDITOR.userId : null,
    }));
    await addClaims(3, () => ({ status: "IN_REVIEW", submittedAt: null }), {
      id: second.id,
      revisionId: secondRevision.id,
    });
    await addClaims(4, () => ({ status: "NEW" }), { id: second.id, revisionId: secondRevision.id });

    const first = await listReviewQueue(members.EDITOR);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(Object.keys(first.items[0]!.claim).sort()).toEqual(
      [
        "anchorBlocked",
        "anchorStatus",
        "id",
        "ratedBy",
        "statement",
        "status",
        "submittedAt",
        "type",
        "verdict",
        "version",
      ].sort(),
    );
    const { ids, sizes } = await walk(
      (cursor) => listReviewQueue(members.EDITOR, { cursor }),
      (item) => item.claim.id,
    );
    expect(sizes).toEqual([50, 5]);
    const expected = await db.claim.findMany({
      where: { teamId: team.id, status: "IN_REVIEW" },
      orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, submittedAt: true },
    });
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(expected.slice(-3).every((row) => row.submittedAt === null)).toBe(true);

    // Filters stay with the pages: 26 assigned to the editor, all on page 1.
    const assigned = await walk(
      (cursor) => listReviewQueue(members.EDITOR, { assigneeId: members.EDITOR.userId, cursor }),
      (item) => item.claim.id,
    );
    expect(assigned.sizes).toEqual([26]);
    const onSecond = await listReviewQueue(members.EDITOR, { articleId: second.id });
    expect(onSecond.items.map((item) => item.article.id)).toEqual([second.id, second.id, second.id]);
    // Page 2 of the unfiltered queue with a filter added starts after the cursor, within the filter.
    const secondPage = await listReviewQueue(members.EDITOR, { articleId: second.id, cursor: first.nextCursor });
    expect(secondPage.items).toHaveLength(3);

    expect(await listReviewQueue(other.members.EDITOR, { cursor: first.nextCursor })).toEqual({
      items: [],
      nextCursor: null,
    });
    for (const cursor of TAMPERED)
      expect((await listReviewQueue(members.EDITOR, { cursor })).items.map((item) => item.claim.id)).toEqual(
        ids.slice(0, PAGE_SIZE),
      );
  });

  it("lists at most the asked number of claims needing attention, longest waiting first", async () => {
    const { members, addClaims } = await teamWithClaims();
    await addClaims(ATTENTION_LIMIT + 5, (index) => ({
      status: "PUBLISHED",
      publishedVersion: 1,
      anchorStatus: index % 2 ? "FUZZY" : "ORPHANED",
      updatedAt: minutesAgo(index),
    }));
    await addClaims(3, () => ({ status: "PUBLISHED", publishedVersion: 1, anchorStatus: "ANCHORED" }));
    const listed = await listClaimsNeedingAttention(members.EDITOR);
    expect(listed).toHaveLength(ATTENTION_LIMIT);
    expect(listed[0]!.claim.statement).toBe(`Claim ${ATTENTION_LIMIT + 4}`);
    expect(listed.every((item) => item.claim.anchorBlocked)).toBe(true);
    expect(await listClaimsNeedingAttention(members.EDITOR, {}, ATTENTION_LIMIT + 1)).toHaveLength(ATTENTION_LIMIT + 1);
  });
});

describe("the sources list, a page at a time", () => {
  it("pages 50 newest first under its filters, and keeps to the team", async () => {
    const { team, members } = await createTeam(["VIEWER"]);
    const other = await createTeam(["VIEWER"]);
    await db.source.createMany({
      data: Array.from({ length: 60 }, (_, index) => ({
        teamId: team.id,
        title: `Source ${index}`,
        kind: index % 3 === 0 ? ("INTERVIEW" as const) : ("NEWS_REPORT" as const),
        createdAt: minutesAgo(Math.floor(index / 3)),
      })),
    });
    await db.source.create({ data: { teamId: other.team.id, title: "Their interview", kind: "INTERVIEW" } });

    const all = await walk(
      (cursor) => listSourcePage(members.VIEWER, { cursor }),
      (item) => item.id,
    );
    expect(all.sizes).toEqual([50, 10]);
    expect(new Set(all.ids).size).toBe(60);

    const interviews = await walk(
      (cursor) => listSourcePage(members.VIEWER, { kind: "INTERVIEW", cursor }),
      (item) => item.id,
    );
    expect(interviews.sizes).toEqual([20]);
    // A filter set on a later page: the filtered rows after the cursor, none before it.
    const firstPage = await listSourcePage(members.VIEWER);
    const secondPage = await listSourcePage(members.VIEWER, { cursor: firstPage.nextCursor });
    const laterInterviews = await listSourcePage(members.VIEWER, { kind: "INTERVIEW", cursor: firstPage.nextCursor });
    expect(laterInterviews.items.map((item) => item.id)).toEqual(
      secondPage.items.filter((item) => item.kind === "INTERVIEW").map((item) => item.id),
    );
    expect(laterInterviews.items.length).toBeGreaterThan(0);
    const titled = await listSourcePage(members.VIEWER, { q: "Source 5" });
    expect(titled.items.map((item) => item.title).sort()).toEqual(
      ["Source 5", ...Array.from({ length: 10 }, (_, i) => `Source 5${i}`)].sort(),
    );

    expect((await listSourcePage(other.members.VIEWER, { cursor: firstPage.nextCursor })).items).toEqual([]);
    for (const cursor of TAMPERED)
      expect((await listSourcePage(members.VIEWER, { cursor })).items.map((item) => item.id)).toEqual(
        all.ids.slice(0, PAGE_SIZE),
      );
  });
});

describe("the entities list, a page at a time", () => {
  it("pages 50 by name under a search in any spelling, and keeps to the team", async () => {
    const { team, members } = await createTeam(["VIEWER"]);
    const other = await createTeam(["VIEWER"]);
    const names = [
      ...Array.from({ length: 52 }, (_, index) => `Person ${String(index).padStart(2, "0")}`),
      // Two entities with the same name: both listed, in id order.
      "Person 07",
      "عمر أومسين",
    ];
    for (const name of names)
      await db.entity.create({
        data: {
          teamId: team.id,
          name,
          kind: "PERSON",
          aliases: { create: { alias: name, normalized: normalizeForMatch(name), teamId: team.id } },
        },
      });
    await db.entity.create({ data: { teamId: other.team.id, name: "Person of theirs", kind: "PERSON" } });

    const all = await walk(
      (cursor) => listEntityPage(members.VIEWER, { cursor }),
      (item) => item.id,
    );
    expect(all.sizes).toEqual([50, 4]);
    expect(new Set(all.ids).size).toBe(54);
    const expected = await db.entity.findMany({
      where: { teamId: team.id },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(all.ids).toEqual(expected.map((row) => row.id));

    const people = await walk(
      (cursor) => listEntityPage(members.VIEWER, { query: "person", cursor }),
      (item) => item.id,
    );
    expect(people.sizes).toEqual([50, 3]);
    expect((await listEntityPage(members.VIEWER, { query: "اومسين" })).items.map((item) => item.name)).toEqual([
      "عمر أومسين",
    ]);

    const firstPage = await listEntityPage(members.VIEWER);
    expect((await listEntityPage(other.members.VIEWER, { cursor: firstPage.nextCursor })).items).toHaveLength(1);
    expect((await listEntityPage(other.members.VIEWER)).items.map((item) => item.name)).toEqual(["Person of theirs"]);
    for (const cursor of [...TAMPERED, Buffer.from(JSON.stringify({ id: crypto.randomUUID() })).toString("base64url")])
      expect((await listEntityPage(members.VIEWER, { cursor })).items.map((item) => item.id)).toEqual(
        all.ids.slice(0, PAGE_SIZE),
      );
  });
});

describe("a claimant's claims, a page at a time", () => {
  it("pages the latest claimed first (undated last) and counts every verdict", async () => {
    const { team, members, addClaims } = await teamWithClaims();
    const other = await createTeam(["VIEWER"]);
    await ensureRatingScale(team.id);
    const labels = await db.ratingLabel.findMany({ where: { teamId: team.id, key: { in: ["FALSE", "TRUE"] } } });
    const falseId = labels.find((label) => label.key === "FALSE")!.id;
    const trueId = labels.find((label) => label.key === "TRUE")!.id;
    const entity = await db.entity.create({ data: { teamId: team.id, name: "Omar Omsen", kind: "PERSON" } });
    await addClaims(56, (index) => ({
      claimantId: entity.id,
      claimedAt: index < 4 ? null : minutesAgo(Math.floor(index / 2)),
      verdictId: index % 4 === 0 ? falseId : index % 4 === 1 ? trueId : null,
    }));
    await addClaims(5, () => ({ claimantId: null, verdictId: falseId }));

    const first = await getClaimantRecord(members.VIEWER, entity.id);
    expect(first.claims).toHaveLength(PAGE_SIZE);
    expect(first.verdicts.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: "FALSE", count: 14 },
      { key: "TRUE", count: 14 },
    ]);
    const { ids, sizes } = await walk(
      async (cursor) => {
        const record = await getClaimantRecord(members.VIEWER, entity.id, { cursor });
        return { items: record.claims, nextCursor: record.nextCursor };
      },
      (claim) => claim.id,
    );
    expect(sizes).toEqual([50, 6]);
    const expected = await db.claim.findMany({
      where: { claimantId: entity.id },
      orderBy: [{ claimedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(expected.map((row) => row.id));

    expect((await refusal(() => getClaimantRecord(other.members.VIEWER, entity.id))).code).toBe("NOT_FOUND");
    for (const cursor of TAMPERED)
      expect((await getClaimantRecord(members.VIEWER, entity.id, { cursor })).claims.map((claim) => claim.id)).toEqual(
        ids.slice(0, PAGE_SIZE),
      );
  });
});

describe("the inbox, a page of each list", () => {
  it("pages each list on its own cursor, counts unread over all, and shows only the member's own", async () => {
    const { team, members, addClaims } = await teamWithClaims();
    await addClaims(1, () => ({}));
    const claim = await db.claim.findFirstOrThrow({ where: { teamId: team.id } });
    const notify = (count: number, kind: "MENTION" | "ASSIGNED", userId: string, read = false) =>
      db.notification.createMany({
        data: Array.from({ length: count }, (_, index) => ({
          teamId: team.id,
          userId,
          kind,
          claimId: claim.id,
          createdAt: minutesAgo(Math.floor(index / 2)),
          readAt: read ? new Date() : null,
        })),
      });
    await notify(53, "MENTION", members.EDITOR.userId);
    await notify(4, "MENTION", members.EDITOR.userId, true);
    await notify(3, "ASSIGNED", members.EDITOR.userId);
    await notify(5, "MENTION", members.FACT_CHECKER.userId);

    const inbox = await listNotifications(members.EDITOR);
    expect(inbox.mentions).toHaveLength(INBOX_PAGE_SIZE);
    expect(inbox.assigned).toHaveLength(3);
    expect(inbox.next).toEqual({
      mentions: expect.any(String),
      review: null,
      comments: null,
      assigned: null,
      withdrawn: null,
    });
    expect(inbox.unread).toEqual({ mentions: 53, review: 0, comments: 0, assigned: 3, withdrawn: 0 });

    const mentions = await walk(
      async (cursor) => {
        const page = await listNotifications(members.EDITOR, { mentions: cursor });
        // The other lists stay on their first page.
        expect(page.assigned).toHaveLength(3);
        return { items: page.mentions, nextCursor: page.next.mentions };
      },
      (item) => item.id,
    );
    expect(mentions.sizes).toEqual([20, 20, 17]);
    expect(new Set(mentions.ids).size).toBe(57);

    expect((await listNotifications(members.FACT_CHECKER, { mentions: inbox.next.mentions })).mentions).toEqual([]);
    expect((await listNotifications(members.FACT_CHECKER)).mentions).toHaveLength(5);
    for (const cursor of TAMPERED)
      expect((await listNotifications(members.EDITOR, { mentions: cursor })).mentions.map((item) => item.id)).toEqual(
        mentions.ids.slice(0, INBOX_PAGE_SIZE),
      );
  });
});

describe("the filter pickers' lookups", () => {
  it("offer at most 20 of the member's team's articles and entities, and name the one in the URL", async () => {
    const { team, members } = await createTeam(["VIEWER"]);
    const other = await createTeam(["VIEWER"]);
    for (let index = 0; index < 25; index++) await createArticle(team.id, `Idlib camp report ${index}`);
    const lone = await createArticle(team.id, "Aleppo water");
    const theirs = await createArticle(other.team.id, "Idlib camp report of theirs");
    const omsen = await db.entity.create({
      data: {
        teamId: team.id,
        name: "Omar Omsen",
        kind: "PERSON",
        aliases: {
          create: [
            { alias: "Omar Omsen", normalized: normalizeForMatch("Omar Omsen"), teamId: team.id },
            { alias: "عمر أومسين", normalized: normalizeForMatch("عمر أومسين"), teamId: team.id },
          ],
        },
      },
    });
    const theirEntity = await db.entity.create({
      data: {
        teamId: other.team.id,
        name: "Omar Omsen",
        kind: "PERSON",
        aliases: {
          create: { alias: "عمر أومسين", normalized: normalizeForMatch("عمر أومسين"), teamId: other.team.id },
        },
      },
    });

    const idlib = await findPickerChoices(members.VIEWER, { kind: "articles", q: "idlib CAMP" });
    expect(idlib).toHaveLength(20);
    expect(idlib[0]!.label).toBe("Idlib camp report 24");
    expect(idlib.map((choice) => choice.id)).not.toContain(theirs.id);
    expect(await findPickerChoices(members.VIEWER, { kind: "articles", q: "aleppo" })).toEqual([
      { id: lone.id, label: "Aleppo water" },
    ]);
    expect(await findPickerChoices(members.VIEWER, { kind: "articles", q: "" })).toHaveLength(20);
    expect(await findPickerChoices(members.VIEWER, { kind: "entities", q: "اومسين" })).toEqual([
      { id: omsen.id, label: "Omar Omsen", hint: "PERSON" },
    ]);
    expect(await findPickerChoices(other.members.VIEWER, { kind: "entities", q: "omsen" })).toEqual([]);

    // Hostile input is refused, not searched.
    for (const q of ["x".repeat(101), "إ".repeat(10_000)])
      expect((await refusal(() => findPickerChoices(members.VIEWER, { kind: "articles", q }))).code).toBe("VALIDATION");
    expect((await refusal(() => findPickerChoices(members.VIEWER, { kind: "claims" as never, q: "x" }))).code).toBe(
      "VALIDATION",
    );

    expect(await getPickerChoice(members.VIEWER, "articles", lone.id)).toEqual({ id: lone.id, label: "Aleppo water" });
    expect(await getPickerChoice(members.VIEWER, "entities", omsen.id)).toMatchObject({ label: "Omar Omsen" });
    expect(await getPickerChoice(members.VIEWER, "articles", theirs.id)).toBeNull();
    expect(await getPickerChoice(members.VIEWER, "entities", theirEntity.id)).toBeNull();
    expect(await getPickerChoice(members.VIEWER, "articles", "'; drop table")).toBeNull();
    expect(await getPickerChoice(members.VIEWER, "articles", null)).toBeNull();
  });
});
