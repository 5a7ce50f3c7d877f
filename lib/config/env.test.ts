import { describe, expect, it } from "vitest";
import { checkEnv } from "./env";

describe("checkEnv", () => {
  it("fills defaults, with the public URL on the app's port", () => {
    const check = checkEnv({ PORT: "4000" });
    expect(check.ok && check.env).toMatchObject({
      PORT: 4000,
      HOST: "127.0.0.1",
      APP_URL: "http://localhost:4000",
      CLAIMDESK_JOB_WORKER: "on",
      LOG_LEVEL: "info",
    });
  });

  it("keeps an explicit public URL without its trailing slash", () => {
    const check = checkEnv({ APP_URL: "https://claims.example.org/" });
    expect(check.ok && check.env.APP_URL).toBe("https://claims.example.org");
  });

  it("treats empty values as unset", () => {
    const check = checkEnv({ DATABASE_URL: "", PORT: "" });
    expect(check.ok && check.env.DATABASE_URL).toBeUndefined();
    expect(check.ok && check.env.PORT).toBe(3000);
  });

  it("reports one line per problem, naming the variable", () => {
    const check = checkEnv({
      DATABASE_URL: "mysql://localhost/claims",
      PORT: "http",
      APP_URL: "javascript:alert(1)",
      AUTH_SECRET: "short",
      CLAIMDESK_SEED_DEMO: "yes",
    });
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems;
    expect(problems).toHaveLength(5);
    for (const name of ["DATABASE_URL", "PORT", "APP_URL", "AUTH_SECRET", "CLAIMDESK_SEED_DEMO"]) {
      expect(problems.some((line) => line.startsWith(`${name}: `))).toBe(true);
    }
  });

  it("defaults sessions to 12 idle hours and 7 days, and trusts no proxy", () => {
    const check = checkEnv({});
    expect(check.ok && check.env).toMatchObject({
      SESSION_IDLE_HOURS: 12,
      SESSION_MAX_DAYS: 7,
      TRUSTED_PROXIES: { hops: 0 },
    });
  });

  it("reads TRUSTED_PROXIES as a hop count or a list of addresses and ranges, and names a bad entry", () => {
    expect(checkEnv({ TRUSTED_PROXIES: "2" }).ok && checkEnv({ TRUSTED_PROXIES: "2" })).toMatchObject({
      env: { TRUSTED_PROXIES: { hops: 2 } },
    });
    const list = checkEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::1" });
    expect(list.ok && "ranges" in list.env.TRUSTED_PROXIES && list.env.TRUSTED_PROXIES.ranges).toHaveLength(2);
    const bad = checkEnv({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal", SESSION_IDLE_HOURS: "0" });
    expect(bad.ok ? [] : bad.problems).toEqual([
      "SESSION_IDLE_HOURS: must be more than 0 hours",
      'TRUSTED_PROXIES: "proxy.internal" is neither a number of hops nor an IP address or CIDR range',
    ]);
  });

  it("refuses a database URL that is not a URL at all", () => {
    expect(checkEnv({ DATABASE_URL: "postgresql://" }).ok).toBe(false);
    expect(checkEnv({ DATABASE_URL: "postgresql://user:pw@db.internal:5432/claimdesk" }).ok).toBe(true);
  });
});
