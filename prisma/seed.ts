/**
 * Demo data for a first run: one team, one user per role, and the two reference Arabic
 * articles. Runs once: if the demo team exists, nothing is touched.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { canonicalizeArticleText, paragraphsOf, sha256Hex } from "../lib/domain/articles/canonical-text";
import { entityAliasRows } from "../lib/domain/entities/entity-aliases";
import { canonicalizeUrl } from "../lib/domain/sources/canonical-url";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/server/auth/password";

export const DEMO_TEAM_SLUG = "demo";

export const DEMO_USERS = [
  { role: "ADMIN", email: "admin@claimdesk.test", name: "Amira Admin" },
  { role: "EDITOR", email: "editor@claimdesk.test", name: "Elias Editor" },
  { role: "FACT_CHECKER", email: "checker@claimdesk.test", name: "Farah Fact-checker" },
  { role: "VIEWER", email: "viewer@claimdesk.test", name: "Victor Viewer" },
] as const;

const FIXTURES = path.join(import.meta.dirname, "..", "tests", "fixtures", "articles");
const ENTITIES = path.join(import.meta.dirname, "..", "tests", "fixtures", "entities.json");

const DEMO_SOURCES = [
  {
    title: "بيان المرصد السوري لحقوق الإنسان حول الاشتباكات في محيط مخيم حارم",
    outlet: "المرصد السوري لحقوق الإنسان",
    kind: "NGO_REPORT",
    reliability: "C",
    origin: "Syrian Observatory for Human Rights",
    language: "ar",
  },
  {
    title: "Statement of the Internal Security command on the Harem operation",
    outlet: null,
    kind: "OFFICIAL_STATEMENT",
    reliability: "B",
    origin: "Syrian Internal Security Forces",
    language: "en",
  },
] as const;

interface EntityFixture {
  name: string;
  arabicName?: string | null;
  kind: "PERSON" | "ORGANIZATION" | "GOVERNMENT_BODY" | "ARMED_GROUP" | "OUTLET";
  aliases: string[];
  description?: string | null;
  sameAs?: string[];
}

interface ManifestEntry {
  file: string;
  language: string;
  direction: "rtl" | "ltr";
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface SeededAccount {
  role: string;
  email: string;
  password: string;
}

/** Returns the accounts created (with their one-time passwords), or null if already seeded. */
export async function seedDemoData(
  db: PrismaClient,
  options: { password?: string } = {},
): Promise<SeededAccount[] | null> {
  if (await db.team.findUnique({ where: { slug: DEMO_TEAM_SLUG }, select: { id: true } })) return null;

  const accounts = DEMO_USERS.map((user) => ({
    ...user,
    password: options.password ?? randomBytes(9).toString("base64url"),
  }));
  const hashes = await Promise.all(accounts.map((account) => hashPassword(account.password)));
  const articles = await loadReferenceArticles();
  const entities = JSON.parse(await readFile(ENTITIES, "utf8")) as EntityFixture[];

  await db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name: "Demo Newsroom", slug: DEMO_TEAM_SLUG } });
    await tx.auditEvent.create({
      data: {
        teamId: team.id,
        action: "team.create",
        entityType: "Team",
        entityId: team.id,
        after: { name: team.name, seed: true },
      },
    });

    for (const [index, account] of accounts.entries()) {
      const user = await tx.user.create({
        data: { email: account.email, name: account.name, passwordHash: hashes[index]! },
      });
      const membership = await tx.membership.create({ data: { userId: user.id, teamId: team.id, role: account.role } });
      await tx.auditEvent.create({
        data: {
          teamId: team.id,
          action: "member.add",
          entityType: "Membership",
          entityId: membership.id,
          after: { email: account.email, role: account.role, seed: true },
        },
      });
    }

    const entityIds = new Map<string, string>();
    for (const fixture of entities) {
      const entity = await tx.entity.create({
        data: {
          teamId: team.id,
          name: fixture.name,
          arabicName: fixture.arabicName ?? null,
          kind: fixture.kind,
          description: fixture.description ?? null,
          sameAs: fixture.sameAs ?? [],
        },
      });
      entityIds.set(fixture.name, entity.id);
      await tx.entityAlias.createMany({
        data: entityAliasRows(fixture.name, fixture.aliases).map((row) => ({
          ...row,
          entityId: entity.id,
          teamId: team.id,
        })),
      });
      await tx.auditEvent.create({
        data: {
          teamId: team.id,
          action: "entity.create",
          entityType: "Entity",
          entityId: entity.id,
          after: { name: fixture.name, seed: true },
        },
      });
    }

    // Hand-made sources (no URL: the demo must not reach the outside web on first run).
    for (const source of DEMO_SOURCES) {
      const created = await tx.source.create({
        data: {
          teamId: team.id,
          title: source.title,
          outlet: source.outlet,
          kind: source.kind,
          reliability: source.reliability,
          originId: entityIds.get(source.origin) ?? null,
          language: source.language,
        },
      });
      await tx.auditEvent.create({
        data: {
          teamId: team.id,
          action: "source.create",
          entityType: "Source",
          entityId: created.id,
          after: { title: created.title, seed: true },
        },
      });
    }

    for (const article of articles) {
      const created = await tx.article.create({
        data: {
          teamId: team.id,
          title: article.title,
          url: article.url,
          canonicalUrl: article.url ? canonicalizeUrl(article.url) : null,
          publisher: article.publisher,
          publishedAt: article.publishedAt ? new Date(`${article.publishedAt}T00:00:00Z`) : null,
          language: article.language,
          direction: article.direction,
          revisions: { create: { number: 1, text: article.text, sha256: sha256Hex(article.text), origin: "SEED" } },
        },
      });
      await tx.auditEvent.create({
        data: {
          teamId: team.id,
          action: "article.create",
          entityType: "Article",
          entityId: created.id,
          after: { title: created.title, seed: true },
        },
      });
    }
  });

  return accounts.map(({ role, email, password }) => ({ role, email, password }));
}

async function loadReferenceArticles() {
  const manifest = JSON.parse(await readFile(path.join(FIXTURES, "manifest.json"), "utf8")) as {
    articles: ManifestEntry[];
  };
  return Promise.all(
    manifest.articles.map(async (entry) => {
      const text = canonicalizeArticleText(await readFile(path.join(FIXTURES, entry.file), "utf8"));
      // Article 000 has no headline; its first paragraph stands in, shortened.
      const title = entry.title ?? shorten(paragraphsOf(text)[0] ?? entry.file, 90);
      return { ...entry, title, text };
    }),
  );
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : max)}…`;
}
