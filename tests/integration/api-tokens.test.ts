import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { ZCreateApiTokenInput } from "@/lib/schemas/api-tokens";
import { withActingToken } from "@/lib/server/api-tokens/acting-token";
import { takeApiRateLimit } from "@/lib/server/api-tokens/api-rate-limit";
import { hashApiToken } from "@/lib/server/api-tokens/api-token-secret";
import { memberFromBearerToken } from "@/lib/server/api-tokens/bearer-member";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createApiTokenAsOperator } from "@/lib/server/api-tokens/create-api-token-as-operator";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { updateMembership } from "@/lib/server/teams/update-membership";
import { loadMember } from "@/lib/server/users/load-member";
import { countingStatements } from "./sql-counting";
import { addEntity, auditEventsFor, createTeam, refusal } from "./support";

const count = countingStatements();
const bearer = (token: string) => `Bearer ${token}`;
const isoDay = (daysAhead: number) => new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

async function tokenOf(member: Member, role: Member["role"] = "EDITOR", expiresOn: string | null = null) {
  return createApiToken(member, { name: `Token ${randomUUID().slice(0, 6)}`, role, expiresOn });
}

describe("creating, listing and revoking API tokens", () => {
  it("an admin makes a token shown once, lists it without its hash, and revokes it, all audited", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const admin = members.ADMIN;
    const created = await createApiToken(admin, { name: "CMS bridge", role: "FACT_CHECKER", expiresOn: isoDay(30) });
    expect(created.token).toMatch(/^cdk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(`${created.apiToken.prefix}_`)).toBe(true);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.apiToken.tokenId } });
    expect(stored.secretHash).toBe(hashApiToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token.slice(13));

    const listed = await listApiTokens(admin);
    expect(listed).toEqual([created.apiToken]);
    expect(listed[0]).toMatchObject({ name: "CMS bridge", role: "FACT_CHECKER", createdByName: admin.name });
    expect(Object.keys(listed[0]!)).not.toContain("secretHash");
    expect(JSON.stringify(listed)).not.toContain(stored.secretHash);

    await revokeApiToken(admin, { tokenId: created.apiToken.tokenId });
    await revokeApiToken(admin, { tokenId: created.apiToken.tokenId }); // idempotent
    expect((await listApiTokens(admin))[0]!.revokedAt).not.toBeNull();
    const events = await auditEventsFor(created.apiToken.tokenId);
    expect(events.map((event) => [event.action, event.actorId])).toEqual([
      ["apiToken.create", admin.userId],
      ["apiToken.revoke", admin.userId],
    ]);
    expect(JSON.stringify(events.map((event) => event.after))).not.toContain(stored.secretHash);
  });

  it("refuses lower roles, another team's token, a token making tokens, and a bad expiry", async () => {
    const { members } = await createTeam();
    const other = await createTeam(["ADMIN"]);
    for (const role of ["VIEWER", "FACT_CHECKER", "EDITOR"] as const) {
      expect((await refusal(() => tokenOf(members[role], "VIEWER"))).code).toBe("FORBIDDEN");
      expect((await refusal(() => listApiTokens(members[role]))).code).toBe("FORBIDDEN");
    }
    const theirs = await tokenOf(other.members.ADMIN);
    expect((await refusal(() => revokeApiToken(members.ADMIN, { tokenId: theirs.apiToken.tokenId }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: theirs.apiToken.tokenId } })).revokedAt).toBeNull();

    const adminToken = await tokenOf(members.ADMIN, "ADMIN");
    const viaToken = (await memberFromBearerToken(bearer(adminToken.token)))!;
    expect(viaToken.role).toBe("ADMIN");
    expect((await refusal(() => tokenOf(viaToken, "VIEWER"))).details).toEqual({ reason: "apiTokenByToken" });

    for (const expiresOn of [isoDay(-1), isoDay(400)]) {
      expect((await refusal(() => tokenOf(members.ADMIN, "VIEWER", expiresOn))).code).toBe("VALIDATION");
    }
    expect(await db.apiToken.count({ where: { teamId: members.ADMIN.teamId } })).toBe(1);
  });

  it("the schema refuses an oversized name and a malformed date at the edge", () => {
    expect(ZCreateApiTokenInput.safeParse({ name: "x".repeat(81), role: "VIEWER" }).success).toBe(false);
    expect(ZCreateApiTokenInput.safeParse({ name: "ok", role: "VIEWER", expiresOn: "next week" }).success).toBe(false);
    expect(ZCreateApiTokenInput.safeParse({ name: "ok", role: "OWNER" }).success).toBe(false);
    expect(ZCreateApiTokenInput.safeParse({ name: " ok ", role: "VIEWER" }).data).toEqual({
      name: "ok",
      role: "VIEWER",
    });
  });

  it("the operator's CLI path acts as the named admin of the named team only", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const other = await createTeam(["ADMIN"]);
    const made = await createApiTokenAsOperator({
      teamSlug: team.slug,
      email: members.ADMIN.email,
      name: "Monitoring",
      role: "VIEWER",
    });
    expect((await memberFromBearerToken(bearer(made.token)))?.userId).toBe(members.ADMIN.userId);
    const editor = { teamSlug: team.slug, email: members.EDITOR.email, name: "x", role: "VIEWER" as const };
    expect((await refusal(() => createApiTokenAsOperator(editor))).code).toBe("FORBIDDEN");
    const outsider = { teamSlug: team.slug, email: other.members.ADMIN.email, name: "x", role: "VIEWER" as const };
    expect((await refusal(() => createApiTokenAsOperator(outsider))).code).toBe("NOT_FOUND");
  });
});

describe("the member a Bearer token acts as", () => {
  it("is the creator in the token's team with the token's role, and marks the token used once a minute", async () => {
    const { team, members } = await createTeam(["ADMIN"]);
    const { token, apiToken } = await tokenOf(members.ADMIN, "FACT_CHECKER");
    const member = await memberFromBearerToken(bearer(token));
    expect(member).toEqual({
      userId: members.ADMIN.userId,
      name: members.ADMIN.name,
      email: members.ADMIN.email,
      teamId: team.id,
      teamName: team.name,
      role: "FACT_CHECKER",
      teams: [{ teamId: team.id, teamName: team.name, role: "FACT_CHECKER" }],
      tokenId: apiToken.tokenId,
    });
    // Bounded work per call: the token (with its team), the creator's membership, one conditional UPDATE.
    const counted = await count(() => memberFromBearerToken(bearer(token)));
    expect(counted).toEqual({ result: member, statements: 3 });
    const firstUse = (await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.tokenId } })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    await memberFromBearerToken(bearer(token));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.tokenId } })).lastUsedAt).toEqual(firstUse);

    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.apiToken.update({ where: { id: apiToken.tokenId }, data: { lastUsedAt: twoMinutesAgo } });
    await memberFromBearerToken(bearer(token));
    const later = (await db.apiToken.findUniqueOrThrow({ where: { id: apiToken.tokenId } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });

  it("is null for a revoked, expired or wrong token, and garbage costs no query", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const revoked = await tokenOf(members.ADMIN);
    await revokeApiToken(members.ADMIN, { tokenId: revoked.apiToken.tokenId });
    const expired = await tokenOf(members.ADMIN);
    await db.apiToken.update({
      where: { id: expired.apiToken.tokenId },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const good = await tokenOf(members.ADMIN);
    const wrongSecret = `${good.apiToken.prefix}_${"A".repeat(43)}`;

    expect(await memberFromBearerToken(bearer(revoked.token))).toBeNull();
    expect(await memberFromBearerToken(bearer(expired.token))).toBeNull();
    expect(await memberFromBearerToken(bearer(wrongSecret))).toBeNull();
    expect(await memberFromBearerToken(bearer(`cdk_zzzzzzzz_${"A".repeat(43)}`))).toBeNull();
    expect(await memberFromBearerToken(`Basic ${good.token}`)).toBeNull();
    expect(await memberFromBearerToken(good.token)).toBeNull();
    expect((await memberFromBearerToken(bearer(good.token)))?.tokenId).toBe(good.apiToken.tokenId);
    // Unused: neither the revoked token nor the wrong secret marked anything used.
    const tokenRows = await db.apiToken.findMany({ where: { id: { in: [revoked.apiToken.tokenId] } } });
    expect(tokenRows.map((row) => row.lastUsedAt)).toEqual([null]);

    for (const header of [null, "", "Bearer", "Bearer garbage", `Bearer ${"a".repeat(100_000)}`, "x".repeat(100_000)]) {
      expect(await count(() => memberFromBearerToken(header))).toEqual({ result: null, statements: 0 });
    }
  });

  it("follows its creator: a demotion lowers it, a disabled membership ends it", async () => {
    const { members } = await createTeam(["ADMIN", "EDITOR"]);
    const creator = members.ADMIN;
    const { token } = await tokenOf(creator, "EDITOR");
    expect((await memberFromBearerToken(bearer(token)))?.role).toBe("EDITOR");

    // A second admin changes the creator's membership (the last admin cannot be demoted).
    const secondAdmin = await promoteToAdmin(members.EDITOR);
    const membership = { membershipId: await membershipIdOf(creator), version: 1 };
    await updateMembership(secondAdmin, { ...membership, role: "VIEWER" });
    expect((await memberFromBearerToken(bearer(token)))?.role).toBe("VIEWER");

    await updateMembership(secondAdmin, { ...membership, version: 2, disabled: true });
    expect(await memberFromBearerToken(bearer(token))).toBeNull();
  });
});

async function membershipIdOf(member: Member): Promise<string> {
  const where = { userId_teamId: { userId: member.userId, teamId: member.teamId } };
  return (await db.membership.findUniqueOrThrow({ where })).id;
}

async function promoteToAdmin(member: Member): Promise<Member> {
  await db.membership.update({ where: { id: await membershipIdOf(member) }, data: { role: "ADMIN" } });
  return (await loadMember({ userId: member.userId, preferredTeamId: member.teamId }))!;
}

describe("audit through a token", () => {
  it("an event written inside withActingToken names the token; outside it does not", async () => {
    const { members } = await createTeam(["ADMIN"]);
    const { token, apiToken } = await tokenOf(members.ADMIN, "FACT_CHECKER");
    const viaToken = (await memberFromBearerToken(bearer(token)))!;
    const inside = await withActingToken(viaToken.tokenId!, () => addEntity(viaToken, { name: "Through a token" }));
    const outside = await addEntity(members.ADMIN, { name: "Through the UI" });
    const [insideEvent] = await auditEventsFor(inside.id);
    const [outsideEvent] = await auditEventsFor(outside.id);
    expect(insideEvent).toMatchObject({ action: "entity.create", actorId: members.ADMIN.userId });
    expect(insideEvent!.tokenId).toBe(apiToken.tokenId);
    expect(outsideEvent!.tokenId).toBeNull();
  });
});

describe("the per-token rate limit", () => {
  it("allows the limit per window, then refuses with the time to wait; other tokens are unaffected", async () => {
    const tokenId = randomUUID();
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(await takeApiRateLimit(tokenId, 3));
    expect(taken.map(({ allowed, limit, remaining }) => ({ allowed, limit, remaining }))).toEqual([
      { allowed: true, limit: 3, remaining: 2 },
      { allowed: true, limit: 3, remaining: 1 },
      { allowed: true, limit: 3, remaining: 0 },
    ]);
    const refused = await takeApiRateLimit(tokenId, 3);
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0 });
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.resetSeconds).toBeLessThanOrEqual(60);
    // Parallel calls cannot slip past it: the count is one atomic upsert.
    const burst = await Promise.all(Array.from({ length: 10 }, () => takeApiRateLimit(tokenId, 3)));
    expect(burst.every((result) => !result.allowed)).toBe(true);
    expect(await takeApiRateLimit(randomUUID(), 3)).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("counts in parallel exactly to the limit", async () => {
    const tokenId = randomUUID();
    const results = await Promise.all(Array.from({ length: 12 }, () => takeApiRateLimit(tokenId, 5)));
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
  });
});
