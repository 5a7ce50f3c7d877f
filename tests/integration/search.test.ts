import pg from "pg";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { CHECKED_MATCH_BATCH, MAX_CHECKED_QUOTE_CHARS, ZFindCheckedMatchesInput } from "@/lib/schemas/checked-matches";
import { ZSearchInput } from "@/lib/schemas/search";
import { getArticle } from "@/lib/server/articles/get-article";
import { importArticle } from "@/lib/server/articles/import-article";
import { createClaim } from "@/lib/server/claims/create-claim";
import { createSource } from "@/lib/server/sources/create-source";
import { findConflictingClaims } from "@/lib/server/search/find-conflicting-claims";
import { findSimilarClaims } from "@/lib/server/search/find-similar-claims";
import { RANK_LIMIT, searchTeam } from "@/lib/server/search/search-team";
import { listClaims } from "@/lib/server/claims/list-claims";
import { db } from "@/lib/db";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { linkSameClaim } from "@/lib/server/claims/link-same-claim";
import { listClaimRepeats } from "@/lib/server/claims/list-claim-repeats";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { rateClaim } from "@/lib/server/claims/rate-claim";
import { suggestClaimsForArticle } from "@/lib/server/claims/suggest-claims-for-article";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { findCheckedMatchesForArticle } from "@/lib/server/search/find-checked-matches-for-article";
import { createTeam } from "./support";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/articles");
const ARTICLE_000 = readFileSync(path.join(FIXTURES, "000_084f554aaf88ce56.txt"), "utf8");
const ARTICLE_002 = readFileSync(path.join(FIXTURES, "002_494f5185cd61c60b.txt"), "utf8");

async function importAndClaim(member: Member, text: string, sentences: string[]) {
  const { articleId } = await importArticle(member, { source: "paste", text } as never);
  const article = await getArticle(member, articleId);
  const claims = [];
  for (const sentence of sentences) {
    const start = article.revision.text.indexOf(sentence);
    expect(start, sentence).toBeGreaterThanOrEqual(0);
    claims.push(
      await createClaim(member, {
        articleId,
        revisionId: article.revision.id,
        start,
        end: start + sentence.length,
        statement: "",
        details: { type: "STATEMENT" },
      } as never),
    );
  }
  return { articleId, claims };
}

const search = (member: Member, params: Record<string, string>) => searchTeam(member, ZSearchInput.parse(params));

describe("search", () => {
  it("finds Arabic words regardless of diacritics, hamza forms and tatweel, and highlights them as written", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    await importAndClaim(fc, ARTICLE_000, ["يقودها الفرنسي من أصل سنغالي عمر ديابي (عمر أومسين)"]);
    for (const spelling of ["أومسين", "اومسين", "أُومْسِين", "أومسيــــن", "اومسي"]) {
      const results = await search(fc, { q: spelling });
      expect(results.claims, spelling).toHaveLength(1);
      expect(results.claims[0]!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(["أومسين"]);
      expect(results.articles, spelling).toHaveLength(1);
    }
    expect((await search(fc, { q: "ديابي" })).claims).toHaveLength(1);
    expect((await search(fc, { q: "nothing-like-this" })).claims).toHaveLength(0);
  });

  it("searches sources, filters claims, pages with a keyset cursor, and stays inside the team", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const { articleId, claims } = await importAndClaim(fc, ARTICLE_002, [
      "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم",
      "وردت معلومات عن سقوط عدد من القتلى والجرحى",
      "الرئيس الانتقالي أحمد الشرع وعد فرنسا بإنهاء تواجد الجهاديين الفرنسيين في سوريا",
    ]);
    await createSource(fc, { title: "بيان قيادة الأمن الداخلي", kind: "OFFICIAL_STATEMENT" } as never);
    expect((await search(fc, { q: "الامن الداخلي" })).sources.map((source) => source.title)).toEqual([
      "بيان قيادة الأمن الداخلي",
    ]);

    // Twenty-five claims with one shared word, paged 20 + 5 without overlap.
    const article = await getArticle(fc, articleId);
    const word = "الفرنسيين";
    for (let index = 0; index < 25; index += 1) {
      await createClaim(fc, {
        articleId,
        revisionId: article.revision.id,
        start: 0,
        end: 10 + index,
        statement: `${word} claim number ${index}`,
        details: { type: "OTHER" },
      } as never);
    }
    const first = await search(fc, { q: word });
    expect(first.claims).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await search(fc, { q: word, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const seen = [...first.claims, ...second.claims].map((hit) => hit.id);
    expect(new Set(seen).size).toBe(seen.length);
    // The 25 and the promise; "فرنسيون" in the camp claim is another word, not a prefix match.
    expect(seen).toHaveLength(26);
    expect(seen).toContain(claims[2]!.id);

    expect((await search(fc, { q: word, type: "OTHER" })).claims.every((hit) => hit.type === "OTHER")).toBe(true);
    expect((await search(fc, { q: word, type: "STATEMENT" })).claims.map((hit) => hit.id)).toEqual([claims[2]!.id]);

    const stranger = (await createTeam(["FACT_CHECKER"])).members.FACT_CHECKER;
    expect((await search(stranger, { q: word })).claims).toHaveLength(0);
  });
});

describe("search with many matches", () => {
  it("ranks up to RANK_LIMIT matches by relevance, beyond that pages newest first without gaps", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const { articleId } = await importAndClaim(fc, ARTICLE_002, []);
    const article = await getArticle(fc, articleId);
    const insert = (count: number, statement: string) => db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix, statement, type, status, "updatedAt", "createdAt")
      SELECT gen_random_uuid(), ${fc.teamId}::uuid, ${articleId}::uuid, ${article.revision.id}::uuid, 0, 10, 'x', '', '', ${statement} || ' ' || n, 'OTHER', 'NEW', now(), now() - (n || ' minutes')::interval
      FROM generate_series(1, ${count}) n`;
    await insert(RANK_LIMIT, "مخيم");
    await insert(1, "مخيم مخيم مخيم");
    // RANK_LIMIT + 1 matches: newest first.
    const recent = await search(fc, { q: "مخيم" });
    expect(recent.order).toBe("recent");
    let cursor = recent.nextCursor;
    const seen = recent.claims.map((hit) => hit.id);
    while (cursor) {
      const page = await search(fc, { q: "مخيم", cursor });
      expect(page.order).toBe("recent");
      seen.push(...page.claims.map((hit) => hit.id));
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(RANK_LIMIT + 1);
    // Narrowed under the limit by a second word: ranked, the triple mention first.
    const ranked = await search(fc, { q: "مخيم 1" });
    expect(ranked.order).toBe("relevance");
    expect(ranked.claims[0]!.snippet.map((part) => part.text).join("")).toContain("مخيم مخيم مخيم");
  });

  it("finds matches older than the newest-first walk when the statistics promise many", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const { articleId } = await importAndClaim(fc, ARTICLE_002, []);
    const article = await getArticle(fc, articleId);
    const insert = (count: number, statement: string, minutesAgo: number) => db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix, statement, type, status, "updatedAt", "createdAt")
      SELECT gen_random_uuid(), ${fc.teamId}::uuid, ${articleId}::uuid, ${article.revision.id}::uuid, 0, 10, 'x', '', '', ${statement} || ' ' || n, 'OTHER', 'NEW', now(), now() - ((${minutesAgo} + n) || ' minutes')::interval
      FROM generate_series(1, ${count}) n`;
    // 6,000 claims with the word, all older than 21,000 newer ones without it.
    await insert(6_000, "حاجز طيار", 100_000);
    await insert(21_000, "قافلة مساعدات", 0);
    // As autovacuum would: only the tables' owner may ANALYZE (the tests' app role may not).
    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL! });
    await owner.connect();
    await owner.query('ANALYZE "Claim"').finally(() => owner.end());
    const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
      EXPLAIN (FORMAT JSON) SELECT 1 FROM "Claim" c
      WHERE c."teamId" = ${fc.teamId}::uuid AND c."searchVector" @@ to_tsquery('simple', 'حاجز')`;
    // The precondition of the case: the estimate is far above the ranked limit.
    expect(plan!["QUERY PLAN"][0].Plan["Plan Rows"]).toBeGreaterThan(4 * RANK_LIMIT);
    const page = await search(fc, { q: "حاجز" });
    expect(page.order).toBe("recent");
    expect(page.claims).toHaveLength(20);
    expect(page.claims[0]!.snippet.map((part) => part.text).join("")).toContain("حاجز طيار 1");
    expect(page.nextCursor).not.toBeNull();
  }, 60_000);

  it("lists the team's claims under the filters when no words are given", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const { claims } = await importAndClaim(fc, ARTICLE_002, [
      "وردت معلومات عن سقوط عدد من القتلى والجرحى",
      "الرئيس الانتقالي أحمد الشرع وعد فرنسا",
    ]);
    const page = await listClaims(fc, { type: "STATEMENT", limit: 1 });
    expect(page.items.map((item) => item.id)).toEqual([claims[1]!.id]);
    const next = await listClaims(fc, { type: "STATEMENT", limit: 1, cursor: page.nextCursor });
    expect(next.items.map((item) => item.id)).toEqual([claims[0]!.id]);
    expect(next.nextCursor).toBeNull();
    expect((await listClaims(fc, { type: "PROMISE" })).items).toHaveLength(0);
  });
});

describe("similar claims across the reference articles", () => {
  it("finds the same statement reported by both articles, best first", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const in000 = await importAndClaim(fc, ARTICLE_000, [
      "سعت بدايةً للتفاوض مع زعيم المجموعة، لكنه رفض الامتثال وفتح النار على عناصر الأمن",
    ]);
    const in002 = await importAndClaim(fc, ARTICLE_002, [
      "سعت قيادة الأمن الداخلي إلى التفاوض مع المتزعّم لتسليم نفسه طوعاً للجهات المختصة، إلا أنّه رفض، وتحصّن داخل المخيم",
      "وردت معلومات عن سقوط عدد من القتلى والجرحى",
    ]);
    const similar = await findSimilarClaims(fc, { claimId: in000.claims[0]!.id });
    expect(similar.map((claim) => claim.id)).toEqual([in002.claims[0]!.id]);
    expect((await findSimilarClaims(fc, { claimId: in002.claims[0]!.id })).map((claim) => claim.id)).toEqual([
      in000.claims[0]!.id,
    ]);
  });
});

describe("conflicting numbers", () => {
  it("flags casualty reports of one event whose counts cannot both be true", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const { articleId } = await importAndClaim(fc, ARTICLE_002, []);
    const article = await getArticle(fc, articleId);
    const at = (words: string) => article.revision.text.indexOf(words);
    const casualty = (
      start: number,
      length: number,
      killed: { min: number | null; max: number | null },
      statement: string,
    ) =>
      createClaim(fc, {
        articleId,
        revisionId: article.revision.id,
        start,
        end: start + length,
        statement,
        details: { type: "CASUALTY_REPORT", casualty: { killed, parties: [] } },
      } as never);
    const sohr = await casualty(
      at("وردت معلومات"),
      40,
      { min: 1, max: null },
      "Dead and wounded among French fighters and security forces (SOHR)",
    );
    const afp = await casualty(at("أكّدت"), 30, { min: 0, max: 0 }, "No confirmed casualties (AFP)");
    const agreeing = await casualty(at("وأشار"), 20, { min: null, max: 5 }, "Up to five dead");

    const conflicts = await findConflictingClaims(fc, { claimId: sohr.id });
    expect(conflicts.map((conflict) => conflict.id)).toEqual([afp.id]);
    expect(conflicts[0]!.conflicts).toEqual([
      { count: "killed", mine: { min: 1, max: null }, theirs: { min: 0, max: 0 } },
    ]);
    expect((await findConflictingClaims(fc, { claimId: afp.id })).map((conflict) => conflict.id)).toEqual([sohr.id]);
    expect(await findConflictingClaims(fc, { claimId: agreeing.id })).toEqual([]);
  });
});

const NEGOTIATION_000 = "سعت بدايةً للتفاوض مع زعيم المجموعة، لكنه رفض الامتثال وفتح النار على عناصر الأمن";
const NEGOTIATION_002 =
  "سعت قيادة الأمن الداخلي إلى التفاوض مع المتزعّم لتسليم نفسه طوعاً للجهات المختصة، إلا أنّه رفض، وتحصّن داخل المخيم";

async function ratedNegotiationClaim(fc: Member) {
  const { claims } = await importAndClaim(fc, ARTICLE_000, [NEGOTIATION_000]);
  const verdictId = (await listRatingScale(fc)).find((label) => label.key === "MOSTLY_TRUE")!.id;
  return rateClaim(fc, {
    claimId: claims[0]!.id,
    version: claims[0]!.version,
    verdictId,
    confidence: "HIGH",
    rationale: "Both the ministry and SOHR describe the talks.",
  });
}

describe("same claim as", () => {
  it("links a claim to the one checked in the other article, carries the verdict over, and never forms a cycle", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const checked = await ratedNegotiationClaim(fc);
    const { claims } = await importAndClaim(fc, ARTICLE_002, [
      NEGOTIATION_002,
      "وردت معلومات عن سقوط عدد من القتلى والجرحى",
    ]);
    const [repeat, casualties] = claims as [ClaimDto, ClaimDto];

    // Nothing to carry from an unrated claim: refused, nothing written.
    await expect(
      linkSameClaim(fc, {
        claimId: casualties.id,
        version: casualties.version,
        sameAsId: repeat.id,
        carryVerdict: true,
        note: "",
      }),
    ).rejects.toMatchObject({ details: { reason: "noVerdictToCarry" } });
    expect((await loadClaim(fc.teamId, casualties.id)).version).toBe(casualties.version);

    const linked = await linkSameClaim(fc, {
      claimId: repeat.id,
      version: repeat.version,
      sameAsId: checked.id,
      carryVerdict: true,
      note: "The same failed negotiation, told by both.",
    });
    expect(linked.sameAs).toMatchObject({ id: checked.id, note: "The same failed negotiation, told by both." });
    expect(linked.verdict?.key).toBe("MOSTLY_TRUE");
    expect(linked.confidence).toBe("HIGH");
    expect(linked.rationale).toBe(
      "The same failed negotiation, told by both.\n\nBoth the ministry and SOHR describe the talks.",
    );
    expect(linked.status).toBe("IN_PROGRESS");
    await expect(
      linkSameClaim(fc, { claimId: repeat.id, version: repeat.version, sameAsId: null, carryVerdict: false, note: "" }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });

    // Linking to a linked claim goes to the checked one; linking back would be a cycle.
    const chained = await linkSameClaim(fc, {
      claimId: casualties.id,
      version: casualties.version,
      sameAsId: repeat.id,
      carryVerdict: false,
      note: "",
    });
    expect(chained.sameAs?.id).toBe(checked.id);
    expect(chained.verdict).toBeNull();
    const current = await loadClaim(fc.teamId, checked.id);
    await expect(
      linkSameClaim(fc, {
        claimId: checked.id,
        version: current.version,
        sameAsId: repeat.id,
        carryVerdict: false,
        note: "",
      }),
    ).rejects.toMatchObject({ details: { reason: "sameAsSelf" } });

    // Another team's claim does not exist from here.
    const stranger = (await createTeam(["FACT_CHECKER"])).members.FACT_CHECKER;
    const theirs = await ratedNegotiationClaim(stranger);
    await expect(
      linkSameClaim(fc, {
        claimId: chained.id,
        version: chained.version,
        sameAsId: theirs.id,
        carryVerdict: false,
        note: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The checked claim lists where it was reused.
    expect((await listClaimRepeats(fc, { claimId: checked.id })).map((item) => item.id)).toEqual([
      repeat.id,
      casualties.id,
    ]);
    expect(await listClaimRepeats(stranger, { claimId: checked.id })).toEqual([]);

    // Unlinking keeps the verdict that was carried over.
    const unlinked = await linkSameClaim(fc, {
      claimId: linked.id,
      version: linked.version,
      sameAsId: null,
      carryVerdict: false,
      note: "",
    });
    expect(unlinked.sameAs).toBeNull();
    expect(unlinked.verdict?.key).toBe("MOSTLY_TRUE");
    expect((await listClaimRepeats(fc, { claimId: checked.id })).map((item) => item.id)).toEqual([casualties.id]);
  });

  it("marks a new article's suggestions that repeat an already checked claim", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const checked = await ratedNegotiationClaim(fc);
    const { articleId } = await importArticle(fc, { source: "paste", text: ARTICLE_002 } as never);
    const { suggestions } = await suggestClaimsForArticle(fc, articleId);
    // The suggestions come without the lookups; the panel asks for them batch by batch.
    expect(suggestions[0]).not.toHaveProperty("checked");
    const quotes = suggestions.map((suggestion) => suggestion.quote);
    const matches = [];
    for (let at = 0; at < quotes.length; at += CHECKED_MATCH_BATCH) {
      const batch = quotes.slice(at, at + CHECKED_MATCH_BATCH);
      matches.push(...(await findCheckedMatchesForArticle(fc, { articleId, quotes: batch })));
    }
    expect(matches).toHaveLength(quotes.length);
    const repeat = quotes.findIndex((quote) => quote.includes("التفاوض مع المتزعّم"));
    expect(repeat).toBeGreaterThanOrEqual(0);
    expect(matches[repeat]).toMatchObject({
      claimId: checked.id,
      verdict: { key: "MOSTLY_TRUE" },
      articleTitle: expect.any(String),
    });
    const casualties = quotes.findIndex((quote) => quote.includes("سقوط عدد من القتلى"));
    expect(casualties).toBeGreaterThanOrEqual(0);
    expect(matches[casualties]).toBeNull();
    expect(matches.filter(Boolean).length).toBeLessThan(quotes.length / 2);
  });

  it("checks a bounded batch of quotes, only against the member's own team", async () => {
    const { members } = await createTeam(["FACT_CHECKER"]);
    const fc = members.FACT_CHECKER;
    const checked = await ratedNegotiationClaim(fc);
    const { articleId } = await importArticle(fc, { source: "paste", text: ARTICLE_002 } as never);
    const quote = NEGOTIATION_002;

    // Order kept: a match where the claim repeats, null for text nobody checked.
    const answer = await findCheckedMatchesForArticle(fc, {
      articleId,
      quotes: ["Weather was mild on Tuesday.", quote],
    });
    expect(answer[0]).toBeNull();
    expect(answer[1]).toMatchObject({ claimId: checked.id });

    // The action's schema refuses more than a batch, an empty batch and an overlong quote.
    const batch = Array.from({ length: CHECKED_MATCH_BATCH }, () => "x".repeat(MAX_CHECKED_QUOTE_CHARS));
    expect(ZFindCheckedMatchesInput.safeParse({ articleId, quotes: batch }).success).toBe(true);
    expect(ZFindCheckedMatchesInput.safeParse({ articleId, quotes: [...batch, "x"] }).success).toBe(false);
    expect(ZFindCheckedMatchesInput.safeParse({ articleId, quotes: [] }).success).toBe(false);
    const overlong = ["x".repeat(MAX_CHECKED_QUOTE_CHARS + 1)];
    expect(ZFindCheckedMatchesInput.safeParse({ articleId, quotes: overlong }).success).toBe(false);
    // So does the use case, whoever calls it.
    await expect(
      findCheckedMatchesForArticle(fc, { articleId, quotes: Array(CHECKED_MATCH_BATCH + 1).fill(quote) }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(findCheckedMatchesForArticle(fc, { articleId, quotes: overlong })).rejects.toMatchObject({
      code: "VALIDATION",
    });

    // Another team: this team's article is not found, and its own article sees none of this team's verdicts.
    const other = (await createTeam(["FACT_CHECKER"])).members.FACT_CHECKER;
    await expect(findCheckedMatchesForArticle(other, { articleId, quotes: [quote] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const theirs = await importArticle(other, { source: "paste", text: ARTICLE_002 } as never);
    expect(await findCheckedMatchesForArticle(other, { articleId: theirs.articleId, quotes: [quote] })).toEqual([null]);
  });
});
