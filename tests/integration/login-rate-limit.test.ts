import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { addressBucket, clientAddressFrom, PEER_ADDRESS_HEADER, parseTrustedProxies } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { createLoginLimiter, LOGIN_LIMITS, type LoginThrottle } from "@/lib/server/auth/login-rate-limit";
import { verifyCredentials, type CredentialsCheck } from "@/lib/server/auth/verify-credentials";
import { createTeam, TEST_PASSWORD, uniqueAddress } from "./support";

const nobody = () => `nobody-${randomUUID()}@example.test`;
const refused = (check: CredentialsCheck) => !check.ok && check.reason === "rate_limited";
const retryAfter = (check: CredentialsCheck) =>
  !check.ok && check.reason === "rate_limited" ? check.retryAfterSeconds : undefined;

/** Lets the wait after the last failure of every pair from `address` run out, as time would. */
async function endWaitsFrom(address: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET expire = 0
    WHERE key LIKE 'login-pair-turn:%' AND key LIKE ${`%:${addressBucket(address)}`}`;
}

/** Headers as Next's server hands them to Auth.js: the socket peer (set by our hook) and X-Forwarded-For. */
const request = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_ADDRESS_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("login throttling per account and address", () => {
  it("gives five free tries, then refuses even the right password until the wait, which grows", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const email = members.EDITOR.email;
    const from = uniqueAddress();
    for (let attempt = 0; attempt < LOGIN_LIMITS.freeTries; attempt++) {
      expect(await verifyCredentials({ email, password: "wrong password" }, from)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const sixth = await verifyCredentials({ email, password: TEST_PASSWORD }, from);
    expect(retryAfter(sixth)).toBe(15);

    // After the wait, one more try; failing it doubles the wait.
    await endWaitsFrom(from);
    expect(await verifyCredentials({ email, password: "wrong again" }, from)).toMatchObject({ reason: "invalid" });
    expect(retryAfter(await verifyCredentials({ email, password: TEST_PASSWORD }, from))).toBe(30);
    await endWaitsFrom(from);
    expect(await verifyCredentials({ email, password: "and again" }, from)).toMatchObject({ reason: "invalid" });
    expect(retryAfter(await verifyCredentials({ email, password: TEST_PASSWORD }, from))).toBe(60);

    // The right password after the wait signs in and starts the count afresh.
    await endWaitsFrom(from);
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, from)).toMatchObject({ ok: true });
    for (let attempt = 0; attempt < LOGIN_LIMITS.freeTries; attempt++) {
      expect(await verifyCredentials({ email, password: "typo" }, from)).toMatchObject({ reason: "invalid" });
    }
  });

  it("refused attempts do not lengthen the wait", async () => {
    const email = nobody();
    const from = uniqueAddress();
    for (let attempt = 0; attempt < LOGIN_LIMITS.freeTries; attempt++)
      await verifyCredentials({ email, password: "x" }, from);
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(retryAfter(await verifyCredentials({ email, password: "x" }, from))).toBeLessThanOrEqual(15);
    }
    await endWaitsFrom(from);
    expect(await verifyCredentials({ email, password: "x" }, from)).toMatchObject({ reason: "invalid" });
    expect(retryAfter(await verifyCredentials({ email, password: "x" }, from))).toBe(30);
  });

  it("lets the owner in at once from another address while one address is being refused", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const email = members.VIEWER.email;
    const attacker = uniqueAddress();
    for (let attempt = 0; attempt < 30; attempt++)
      await verifyCredentials({ email, password: `guess ${attempt}` }, attacker);
    expect(refused(await verifyCredentials({ email, password: TEST_PASSWORD }, attacker))).toBe(true);
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("lets parallel attempts on one account and address through no faster than one by one", async () => {
    const email = nobody();
    const from = uniqueAddress();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifyCredentials({ email, password: "parallel guess" }, from)),
    );
    const checked = results.filter((check) => !refused(check)).length;
    // The five free tries, plus at most one that started its turn before the fifth failure was recorded.
    expect(checked).toBeGreaterThanOrEqual(LOGIN_LIMITS.freeTries);
    expect(checked).toBeLessThanOrEqual(LOGIN_LIMITS.freeTries + 1);
  });

  it("signs in with the right password and treats email case-insensitively", async () => {
    const { members } = await createTeam(["VIEWER"]);
    expect(
      await verifyCredentials({ email: members.VIEWER.email.toUpperCase(), password: TEST_PASSWORD }, uniqueAddress()),
    ).toMatchObject({ ok: true });
  });
});

describe("login throttling per address", () => {
  it(`stops one address after ${LOGIN_LIMITS.addressCeiling} attempts across accounts, and says when to retry`, async () => {
    const from = uniqueAddress();
    const results: CredentialsCheck[] = [];
    for (let attempt = 0; attempt < LOGIN_LIMITS.addressCeiling + 20; attempt++) {
      results.push(await verifyCredentials({ email: nobody(), password: "spray" }, from));
    }
    const tried = results.filter((check) => !refused(check)).length;
    console.info(
      `address ceiling: ${results.length} attempts from one address, ${tried} checked, ${results.length - tried} refused`,
    );
    expect(tried).toBe(LOGIN_LIMITS.addressCeiling);
    const wait = retryAfter(results.at(-1)!);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(LOGIN_LIMITS.addressWindowSeconds);
  });

  it("does not count successful sign-ins against the address (one newsroom behind one address)", async () => {
    const { members } = await createTeam(["VIEWER"]);
    const from = uniqueAddress();
    for (let attempt = 0; attempt < LOGIN_LIMITS.addressCeiling + 5; attempt++) {
      expect(await verifyCredentials({ email: members.VIEWER.email, password: TEST_PASSWORD }, from)).toMatchObject({
        ok: true,
      });
    }
  });
});

describe("rotating X-Forwarded-For", () => {
  const attack = async (headersFor: (attempt: number) => Headers, email: string, trusted: string | undefined) => {
    const results: CredentialsCheck[] = [];
    for (let attempt = 0; attempt < 100; attempt++) {
      const address = clientAddressFrom(headersFor(attempt), parseTrustedProxies(trusted));
      results.push(await verifyCredentials({ email, password: `guess ${attempt}` }, address));
    }
    return { tried: results.filter((check) => !refused(check)).length, refused: results.filter(refused).length };
  };
  const forged = (attempt: number) => `203.0.113.${attempt % 250}, 198.18.${attempt % 250}.${(attempt * 7) % 250}`;

  it("is one client when no proxy is trusted: 100 attempts, 5 checked", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const peer = uniqueAddress();
    const counts = await attack((attempt) => request(peer, forged(attempt)), members.EDITOR.email, undefined);
    console.info(
      `rotating X-Forwarded-For, no trusted proxy: 100 attempts, ${counts.tried} checked, ${counts.refused} refused`,
    );
    expect(counts).toEqual({ tried: LOGIN_LIMITS.freeTries, refused: 100 - LOGIN_LIMITS.freeTries });
  });

  it("is the real address behind a trusted proxy: 100 attempts, 5 checked, others unaffected", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const proxy = "10.0.0.2";
    const real = uniqueAddress();
    const counts = await attack(
      (attempt) => request(proxy, `${forged(attempt)}, ${real}`),
      members.EDITOR.email,
      "10.0.0.0/8",
    );
    console.info(
      `rotating X-Forwarded-For behind a trusted proxy: 100 attempts, ${counts.tried} checked, ${counts.refused} refused`,
    );
    expect(counts).toEqual({ tried: LOGIN_LIMITS.freeTries, refused: 100 - LOGIN_LIMITS.freeTries });

    // The owner, through the same proxy from their own address, is not the attacker.
    const owner = clientAddressFrom(request(proxy, uniqueAddress()), parseTrustedProxies("10.0.0.0/8"));
    expect(await verifyCredentials({ email: members.EDITOR.email, password: TEST_PASSWORD }, owner)).toMatchObject({
      ok: true,
    });
  });
});

describe("login throttling per account", () => {
  it("slows an attack from many addresses, but the owner's right password from a new address goes through", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const email = members.EDITOR.email;
    const botnet = Array.from({ length: 30 }, () => uniqueAddress());
    const results: CredentialsCheck[] = [];
    // Two rounds of two guesses from each of 30 addresses: 120 attempts, past the account's ceiling.
    for (let round = 0; round < 2; round++) {
      for (const address of botnet) {
        results.push(await verifyCredentials({ email, password: `guess ${round}a` }, address));
        results.push(await verifyCredentials({ email, password: `guess ${round}b` }, address));
      }
    }
    const tried = results.filter((check) => !refused(check)).length;
    console.info(`distributed attack on one account: ${results.length} attempts, ${tried} checked`);
    // Under the ceiling every address tries freely; past it, one try per address per 30 s.
    expect(tried).toBeGreaterThan(LOGIN_LIMITS.accountSlowAfter);
    expect(tried).toBeLessThan(results.length);
    expect(Math.max(...results.map((check) => retryAfter(check) ?? 0))).toBeLessThanOrEqual(
      LOGIN_LIMITS.accountSlowSeconds,
    );

    const started = Date.now();
    expect(await verifyCredentials({ email, password: TEST_PASSWORD }, uniqueAddress())).toMatchObject({ ok: true });
    console.info(
      `owner with the right password from a new address after the attack: signed in in ${Date.now() - started} ms`,
    );

    // A typo from the owner's new address while the account is under attack costs at most a short wait.
    const ownerAddress = uniqueAddress();
    expect(await verifyCredentials({ email, password: "typo" }, ownerAddress)).toMatchObject({ reason: "invalid" });
    const typoWait = retryAfter(await verifyCredentials({ email, password: TEST_PASSWORD }, ownerAddress));
    expect(typoWait ?? 0).toBeLessThanOrEqual(LOGIN_LIMITS.accountSlowSeconds);
  });
});

describe("several app processes", () => {
  const pools: pg.Pool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
  });

  it("share their counts: two limiters on two pools refuse the sixth try between them", async () => {
    const limiters = [0, 1].map(() => {
      const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
      pools.push(pool);
      return createLoginLimiter(pool);
    });
    const email = nobody();
    const from = uniqueAddress();
    const outcomes: LoginThrottle[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const throttle = await limiters[attempt % 2]!.startAttempt(email, from);
      if (throttle.allowed) await throttle.failed();
      outcomes.push(throttle);
    }
    expect(outcomes.map((outcome) => outcome.allowed)).toEqual([true, true, true, true, true, false, false, false]);
  });
});
