/**
 * A newsroom team big enough to show which pages grow with it, for `npm run bench -- pages` and
 * the page-budget e2e test (through seed-pages-cli.ts). Bulk rows go in set-based (unnest,
 * generate_series); one article of `readerClaims` claims is made through the real use cases
 * (create, rate, cite, submit, approve, publish), so publications, history and notifications
 * are what the app itself writes, and it gets a public report link.
 *
 * Needs DATABASE_URL set before it runs and the react-server condition (lib/server is server-only).
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createAnchor } from "../../lib/domain/claims/anchoring";
import { splitSentences } from "../../lib/domain/text/split-sentences";
import { Prisma } from "../../lib/generated/prisma/client";

export interface PagesTeamSize {
  /** Claims in all, the reader article's included. */
  claims: number;
  articles: number;
  entities: number;
  aliasesPerEntity: number;
  sources: number;
  /** Notifications for the signed-in user. */
  notifications: number;
  /** Claims of the one article opened in the reader and the public report. */
  readerClaims: number;
  /** How many of those go all the way to published through the use cases. */
  publishedReaderClaims: number;
  /** Extra history events on the claim whose page is measured. */
  historyEvents: number;
}

/** The benchmark's team at `claims` claims: 2,000 articles and 20,000 sources at 100,000, proportionally fewer below. */
export function benchTeamSize(claims: number): PagesTeamSize {
  return {
    claims,
    articles: Math.max(20, Math.round(claims / 50)),
    entities: 500,
    aliasesPerEntity: 15,
    sources: Math.max(100, Math.round(claims / 5)),
    notifications: 500,
    readerClaims: 300,
    publishedReaderClaims: 250,
    historyEvents: 150,
  };
}

/** Big enough that any unpaged list blows a 250 KB page budget, small enough to seed in an e2e run. */
export const BUDGET_TEAM_SIZE: PagesTeamSize = {
  claims: 1_500,
  articles: 150,
  entities: 150,
  aliasesPerEntity: 5,
  sources: 150,
  notifications: 150,
  readerClaims: 300,
  publishedReaderClaims: 120,
  historyEvents: 150,
};

export interface SeededPagesTeam {
  teamId: string;
  email: string;
  password: string;
  /** The article with `readerClaims` claims, and its public report token. */
  readerArticleId: string;
  /** That article's text in UTF-8 bytes: the reader sends it in its HTML and again in its RSC payload. */
  readerTextBytes: number;
  reportToken: string;
  /** A published claim of that article with a long history. */
  claimId: string;
  /** The claimant with the most claims. */
  entityId: string;
  /** A source cited by claims. */
  sourceId: string;
  /** An Arabic word found in many claims. */
  searchQuery: string;
  /** A case of whole articles, up to 5,000 claims. */
  caseId: string;
  counts: Record<string, number>;
}

const FIXTURES = path.join(import.meta.dirname, "..", "..", "tests", "fixtures", "articles");
const FIXTURE_FILES = ["000_084f554aaf88ce56.txt", "002_494f5185cd61c60b.txt"];
const BATCH = 10_000;

export async function seedPagesTeam(
  size: PagesTeamSize,
  options: { password: string; log?: (line: string) => void },
): Promise<SeededPagesTeam> {
  const log = options.log ?? (() => {});
  const { db } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/server/auth/password");
  const { loadMember } = await import("../../lib/server/users/load-member");
  const { ensureRatingScale } = await import("../../lib/server/ratings/ensure-rating-scale");
  const started = Date.now();
  const step = (what: string) => log(`  seeded ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const sentences = FIXTURE_FILES.flatMap((file) =>
    splitSentences(readFileSync(path.join(FIXTURES, file), "utf8")).map((sentence) => sentence.text.trim()),
  ).filter((sentence) => sentence.length > 20);
  const vocabulary = [...new Set(sentences.flatMap((sentence) => sentence.split(/\s+/u)))];

  const tag = randomUUID().slice(0, 8);
  const passwordHash = await hashPassword(options.password);
  const team = await db.team.create({ data: { name: `Newsroom ${tag}`, slug: `newsroom-${tag}` } });
  const editor = await db.user.create({
    data: { email: `editor-${tag}@example.test`, name: `Editor ${tag}`, passwordHash },
  });
  const checker = await db.user.create({
    data: { email: `checker-${tag}@example.test`, name: `Checker ${tag}`, passwordHash },
  });
  await db.membership.createMany({
    data: [
      { userId: editor.id, teamId: team.id, role: "EDITOR" },
      { userId: checker.id, teamId: team.id, role: "FACT_CHECKER" },
    ],
  });
  await ensureRatingScale(team.id);
  const labels = await db.ratingLabel.findMany({ where: { teamId: team.id }, orderBy: { position: "asc" } });
  const labelIds = labels.map((label) => label.id);
  const teamId = team.id;

  // Entities with aliases (claimants of most claims).
  await db.$executeRaw`
    INSERT INTO "Entity" (id, "teamId", name, kind, "sameAs", "createdById", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'جهة ' || n || ' ' || (ARRAY['الوزارة','المرصد','الجيش','الهيئة','الوكالة'])[1 + n % 5],
      (ARRAY['PERSON','ORGANIZATION','GOVERNMENT_BODY','ARMED_GROUP','OUTLET'])[1 + n % 5]::"EntityKind",
      '{}', ${editor.id}::uuid, now()
    FROM generate_series(1, ${size.entities}) n`;
  const entityIds = (
    await db.entity.findMany({ where: { teamId }, select: { id: true }, orderBy: { createdAt: "asc" } })
  ).map((entity) => entity.id);
  await db.$executeRaw`
    INSERT INTO "EntityAlias" (id, "entityId", "teamId", alias, normalized)
    SELECT gen_random_uuid(), e.id, ${teamId}::uuid, e.name || ' ' || a, claimdesk_normalize(e.name || ' ' || a)
    FROM "Entity" e CROSS JOIN generate_series(1, ${size.aliasesPerEntity}) a WHERE e."teamId" = ${teamId}::uuid`;
  step(`${size.entities} entities`);

  // Articles, each with one short revision.
  const bulkArticles = size.articles - 1;
  await db.$executeRaw`
    INSERT INTO "Article" (id, "teamId", title, language, direction, "createdById", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'مقال ' || n || ': ' || (ARRAY['غارة','مفاوضات','انتخابات','اقتصاد'])[1 + n % 4],
      'ar', 'rtl', ${editor.id}::uuid, now() - (n || ' hours')::interval, now()
    FROM generate_series(1, ${bulkArticles}) n`;
  await db.$executeRaw`
    INSERT INTO "ArticleRevision" (id, "articleId", number, text, sha256, origin, "createdById")
    SELECT gen_random_uuid(), id, 1, title || '. ' || ${sentences.slice(0, 5).join(" ")}, repeat('0', 64), 'SEED', ${editor.id}::uuid
    FROM "Article" WHERE "teamId" = ${teamId}::uuid`;
  const articles = await db.article.findMany({
    where: { teamId },
    select: { id: true, revisions: { select: { id: true } } },
  });
  step(`${bulkArticles} articles`);

  // Claims: reference sentences with a third of their words swapped, as in bench-search.
  let random = 42;
  const next = () => (random = (random * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const bulkClaims = Math.max(0, size.claims - size.readerClaims);
  for (let batch = 0; batch < bulkClaims; batch += BATCH) {
    const statements: string[] = [];
    const articleIds: string[] = [];
    const revisionIds: string[] = [];
    for (let i = batch; i < Math.min(bulkClaims, batch + BATCH); i += 1) {
      const words = sentences[Math.floor(next() * sentences.length)]!.split(/\s+/u).map((word) =>
        next() < 0.35 ? vocabulary[Math.floor(next() * vocabulary.length)]! : word,
      );
      statements.push(words.join(" "));
      const article = articles[i % articles.length]!;
      articleIds.push(article.id);
      revisionIds.push(article.revisions[0]!.id);
    }
    // Status by position: new, in progress, in review (rated), approved, published. One claim in ten
    // is the biggest claimant's, six in ten another entity's, the rest have none.
    await db.$executeRaw`
      INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix, statement,
        type, status, "claimantId", "verdictId", confidence, rationale, "ratedById", "ratedAt", "submittedAt", "publishedAt",
        "assigneeId", "createdById", "updatedById", "statusChangedAt", "updatedAt", "createdAt")
      SELECT gen_random_uuid(), ${teamId}::uuid, a::uuid, r::uuid, 0, 10, s, '', '', s,
        (ARRAY['EVENT','STATEMENT','ACCUSATION','PROMISE','CASUALTY_REPORT','STATISTIC','OTHER'])[1 + (n + ${batch}) % 7]::"ClaimType",
        st::"ClaimStatus",
        CASE WHEN (n + ${batch}) % 10 = 0 THEN (${entityIds}::uuid[])[1]
             WHEN (n + ${batch}) % 10 <= 6 THEN (${entityIds}::uuid[])[1 + (n + ${batch}) % ${entityIds.length}] END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN (${labelIds}::uuid[])[1 + (n + ${batch}) % ${labelIds.length}] END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN 'HIGH'::"Confidence" END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN 'وثائق ومصادر متعددة' END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN ${checker.id}::uuid END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN now() END,
        CASE WHEN st IN ('IN_REVIEW','APPROVED','PUBLISHED') THEN now() - ((n + ${batch}) || ' seconds')::interval END,
        CASE WHEN st = 'PUBLISHED' THEN now() END,
        CASE WHEN (n + ${batch}) % 3 = 0 THEN ${checker.id}::uuid END,
        ${checker.id}::uuid, ${checker.id}::uuid, now(), now(), now() - ((n + ${batch}) || ' seconds')::interval
      FROM unnest(${statements}::text[], ${articleIds}::text[], ${revisionIds}::text[]) WITH ORDINALITY AS t(s, a, r, n),
        LATERAL (SELECT (ARRAY['NEW','IN_PROGRESS','IN_REVIEW','APPROVED','PUBLISHED'])[1 + (n + ${batch}) % 5] AS st) status`;
  }
  step(`${bulkClaims} claims`);

  // Sources, half of the claims citing one of them.
  await db.$executeRaw`
    INSERT INTO "Source" (id, "teamId", url, title, outlet, kind, reliability, "createdById", "updatedById", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'https://news.example.test/' || ${tag} || '/' || n, 'تقرير ' || n || ' عن الأحداث',
      (ARRAY['رويترز','فرانس برس','الجزيرة','بي بي سي'])[1 + n % 4],
      (ARRAY['NEWS_REPORT','OFFICIAL_STATEMENT','NGO_REPORT','SOCIAL_MEDIA_POST','VIDEO','DOCUMENT','INTERVIEW','EYEWITNESS'])[1 + n % 8]::"SourceKind",
      (ARRAY['A','B','C','D','E','F'])[1 + n % 6]::"SourceReliability", ${editor.id}::uuid, ${editor.id}::uuid,
      now() - (n || ' minutes')::interval, now()
    FROM generate_series(1, ${size.sources}) n`;
  await db.$executeRaw`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Claim" WHERE "teamId" = ${teamId}::uuid),
         s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM "Source" WHERE "teamId" = ${teamId}::uuid)
    INSERT INTO "Evidence" (id, "teamId", "claimId", "sourceId", stance, credibility, "createdById", "updatedById", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, c.id, s.id, (ARRAY['SUPPORTS','REFUTES','CONTEXT'])[1 + c.rn % 3]::"EvidenceStance",
      1 + (c.rn % 5)::int, ${checker.id}::uuid, ${checker.id}::uuid, now()
    FROM c JOIN s ON s.rn = (c.rn / 2) % ${size.sources} WHERE c.rn % 2 = 0`;
  step(`${size.sources} sources and their evidence`);

  // About four audit events per claim, shaped as the use cases write them (with the claim's own
  // column where the schema has one: issue 15 adds it).
  const claimColumn = await auditEventClaimColumn();
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("teamId", "actorId", action, "entityType", "entityId", before, after, "createdAt"${claimColumn.name})
    SELECT c."teamId", ${checker.id}::uuid, e.action, e."entityType",
      CASE WHEN e."entityType" = 'Evidence' THEN gen_random_uuid()::text ELSE c.id::text END,
      CASE e.action WHEN 'claim.update' THEN jsonb_build_object('statement', c.exact)
                    WHEN 'claim.submit' THEN jsonb_build_object('status', 'IN_PROGRESS') END,
      CASE e.action WHEN 'claim.create' THEN jsonb_build_object('statement', c.statement, 'type', c.type, 'status', 'NEW')
                    WHEN 'claim.update' THEN jsonb_build_object('statement', c.statement)
                    WHEN 'evidence.create' THEN jsonb_build_object('claimId', c.id, 'stance', 'SUPPORTS')
                    ELSE jsonb_build_object('status', 'IN_REVIEW') END,
      c."createdAt" + e.step * interval '1 minute'${claimColumn.value(Prisma.sql`c.id`)}
    FROM "Claim" c
    CROSS JOIN (VALUES (0, 'claim.create', 'Claim'), (1, 'claim.update', 'Claim'), (2, 'evidence.create', 'Evidence'),
      (3, 'claim.submit', 'Claim')) AS e(step, action, "entityType")
    WHERE c."teamId" = ${teamId}::uuid`;
  step("audit events");

  await db.$executeRaw`
    INSERT INTO "Notification" (id, "teamId", "userId", kind, "claimId", "actorId", "readAt", "createdAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, ${editor.id}::uuid, (ARRAY['MENTION','ASSIGNED','WITHDRAWN'])[1 + c.rn % 3]::"NotificationKind",
      c.id, ${checker.id}::uuid, CASE WHEN c.rn % 2 = 0 THEN now() END, now() - (c.rn || ' minutes')::interval
    FROM (SELECT id, row_number() OVER (ORDER BY "createdAt" DESC) AS rn FROM "Claim" WHERE "teamId" = ${teamId}::uuid
          LIMIT ${size.notifications}) c`;
  step(`${size.notifications} notifications`);

  const reader = await seedReaderArticle({
    teamId,
    editorId: editor.id,
    checkerId: checker.id,
    sentences,
    size,
    entityIds,
    sourceId: (await db.source.findFirstOrThrow({ where: { teamId }, select: { id: true } })).id,
    loadMember,
  });
  step(
    `the reader article (${size.readerClaims} claims, ${size.publishedReaderClaims} published through the use cases)`,
  );

  // A long history on the claim whose page is measured.
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("teamId", "actorId", action, "entityType", "entityId", before, after, "createdAt"${claimColumn.name})
    SELECT ${teamId}::uuid, ${checker.id}::uuid, CASE WHEN n % 3 = 0 THEN 'comment.create' ELSE 'claim.update' END,
      CASE WHEN n % 3 = 0 THEN 'Comment' ELSE 'Claim' END,
      CASE WHEN n % 3 = 0 THEN gen_random_uuid()::text ELSE ${reader.claimId}::text END,
      CASE WHEN n % 3 = 0 THEN NULL ELSE jsonb_build_object('rationale', 'نص سابق ' || n) END,
      CASE WHEN n % 3 = 0 THEN jsonb_build_object('claimId', ${reader.claimId}::text, 'body', 'تعليق رقم ' || n)
           ELSE jsonb_build_object('rationale', 'نص جديد ' || n) END,
      now() + (n || ' seconds')::interval${claimColumn.value(Prisma.sql`${reader.claimId}::uuid`)}
    FROM generate_series(1, ${size.historyEvents}) n`;
  await db.$executeRaw`ANALYZE`;
  step("history, statistics");

  // A case of whole articles, up to 5,000 claims (issue 19's case page size), the reader's article among them.
  const caseId = await seedCase(db, teamId, reader.articleId);
  step("a case");

  const counts = Object.fromEntries(
    await Promise.all(
      (
        [
          ["claims", db.claim.count({ where: { teamId } })],
          ["articles", db.article.count({ where: { teamId } })],
          ["sources", db.source.count({ where: { teamId } })],
          ["evidence", db.evidence.count({ where: { teamId } })],
          ["auditEvents", db.auditEvent.count({ where: { teamId } })],
          ["publications", db.claimPublication.count({ where: { teamId } })],
        ] as const
      ).map(async ([name, count]) => [name, await count] as const),
    ),
  );
  return {
    teamId,
    email: editor.email,
    password: options.password,
    readerArticleId: reader.articleId,
    readerTextBytes: reader.textBytes,
    reportToken: reader.reportToken,
    claimId: reader.claimId,
    entityId: entityIds[0]!,
    sourceId: (await db.evidence.findFirstOrThrow({ where: { teamId }, select: { sourceId: true } })).sourceId,
    searchQuery: "قتلى",
    caseId,
    counts,
  };
}

/** Articles with all their claims, oldest first, until the case holds 5,000 claims or the team's all. */
async function seedCase(db: (typeof import("../../lib/db"))["db"], teamId: string, readerArticleId: string) {
  const created = await db.case.create({ data: { teamId, title: "عملية مخيم حارم" }, select: { id: true } });
  const articles = await db.$queryRaw<{ articleId: string; claims: number }[]>`
    SELECT "articleId", count(*)::int AS claims FROM "Claim" WHERE "teamId" = ${teamId}::uuid
    GROUP BY "articleId" ORDER BY ("articleId" = ${readerArticleId}::uuid) DESC, "articleId"`;
  const chosen: string[] = [];
  let total = 0;
  for (const article of articles) {
    if (total >= 5_000) break;
    chosen.push(article.articleId);
    total += article.claims;
  }
  await db.caseArticle.createMany({ data: chosen.map((articleId) => ({ caseId: created.id, articleId })) });
  return created.id;
}

/** `AuditEvent."claimId"` as an extra insert column and value, or nothing on a schema without it. */
async function auditEventClaimColumn() {
  const { db } = await import("../../lib/db");
  const rows = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'AuditEvent' AND column_name = 'claimId') AS present`;
  const present = rows[0]?.present === true;
  return {
    name: present ? Prisma.raw(', "claimId"') : Prisma.empty,
    value: (value: Prisma.Sql) => (present ? Prisma.sql`, ${value}` : Prisma.empty),
  };
}

/**
 * One long article (the reference texts repeated) whose claims are made by the checker and
 * taken to published by the editor through the use cases, as people would.
 */
async function seedReaderArticle(input: {
  teamId: string;
  editorId: string;
  checkerId: string;
  sentences: string[];
  size: PagesTeamSize;
  entityIds: string[];
  sourceId: string;
  loadMember: (typeof import("../../lib/server/users/load-member"))["loadMember"];
}) {
  const { db } = await import("../../lib/db");
  const { createClaim } = await import("../../lib/server/claims/create-claim");
  const { rateClaim } = await import("../../lib/server/claims/rate-claim");
  const { transitionClaim } = await import("../../lib/server/claims/transition-claim");
  const { attachEvidence } = await import("../../lib/server/evidence/attach-evidence");
  const { createReportLink } = await import("../../lib/server/reports/report-links");
  const editor = (await input.loadMember({ userId: input.editorId, preferredTeamId: input.teamId }))!;
  const checker = (await input.loadMember({ userId: input.checkerId, preferredTeamId: input.teamId }))!;

  const spans: { start: number; end: number }[] = [];
  let text = "";
  for (let i = 0; spans.length < input.size.readerClaims; i += 1) {
    const sentence = `${input.sentences[i % input.sentences.length]!} (${i + 1})`;
    if (text) text += " ";
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  const article = await db.article.create({
    data: {
      teamId: input.teamId,
      title: "مقال طويل: تقرير المرصد عن الأحداث",
      language: "ar",
      direction: "rtl",
      createdById: input.editorId,
      revisions: { create: { number: 1, text, sha256: "0".repeat(64), origin: "PASTE", createdById: input.editorId } },
    },
    select: { id: true, revisions: { select: { id: true } } },
  });
  const revisionId = article.revisions[0]!.id;
  const labels = await db.ratingLabel.findMany({ where: { teamId: input.teamId }, orderBy: { position: "asc" } });
  const published = spans.slice(0, input.size.publishedReaderClaims);
  const claimIds: string[] = [];
  // A few at a time: the pool has room, and the use cases' own transactions keep them apart.
  const CONCURRENCY = 4;
  for (let from = 0; from < published.length; from += CONCURRENCY) {
    const ids = await Promise.all(
      published.slice(from, from + CONCURRENCY).map(async (span, offset) => {
        const index = from + offset;
        let claim = await createClaim(checker, {
          articleId: article.id,
          revisionId,
          start: span.start,
          end: span.end,
          details: { type: index % 5 === 0 ? "CASUALTY_REPORT" : "STATEMENT" },
          claimantId: input.entityIds[index % input.entityIds.length],
        } as never);
        claim = await rateClaim(checker, {
          claimId: claim.id,
          version: claim.version,
          verdictId: labels[index % labels.length]!.id,
          confidence: "HIGH",
          rationale: "بحسب مصدرين مستقلين.",
        });
        await attachEvidence(checker, {
          claimId: claim.id,
          sourceId: input.sourceId,
          stance: "REFUTES",
          passage: null,
          credibility: 3,
          note: null,
        });
        for (const [member, action] of [
          [checker, "submit"],
          [editor, "approve"],
          [editor, "publish"],
        ] as const)
          claim = await transitionClaim(member, { claimId: claim.id, version: claim.version, action, note: "" });
        return claim.id;
      }),
    );
    claimIds.push(...ids);
  }
  // The rest of the article's claims are still being worked on: set-based, anchored as createClaim anchors.
  const rest = spans.slice(published.length).map((span) => createAnchor(text, span.start, span.end));
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix, statement,
      type, status, "claimantId", "createdById", "updatedById", "updatedAt")
    SELECT gen_random_uuid(), ${input.teamId}::uuid, ${article.id}::uuid, ${revisionId}::uuid, s, e, x, p, f, x,
      (ARRAY['EVENT','STATEMENT','CASUALTY_REPORT'])[1 + n % 3]::"ClaimType", (ARRAY['NEW','IN_PROGRESS'])[1 + n % 2]::"ClaimStatus",
      (${input.entityIds}::uuid[])[1 + n % ${input.entityIds.length}], ${input.checkerId}::uuid, ${input.checkerId}::uuid, now()
    FROM unnest(${rest.map((anchor) => anchor.start)}::int[], ${rest.map((anchor) => anchor.end)}::int[],
      ${rest.map((anchor) => anchor.exact)}::text[], ${rest.map((anchor) => anchor.prefix)}::text[],
      ${rest.map((anchor) => anchor.suffix)}::text[]) WITH ORDINALITY AS t(s, e, x, p, f, n)`;
  const link = await createReportLink(editor, { articleId: article.id });
  return {
    articleId: article.id,
    reportToken: link.token,
    claimId: claimIds[0]!,
    textBytes: Buffer.byteLength(text, "utf8"),
  };
}
