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

  it("refuses a database URL that is not a URL at all", () => {
    expect(checkEnv({ DATABASE_URL: "postgresql://" }).ok).toBe(false);
    expect(checkEnv({ DATABASE_URL: "postgresql://user:pw@db.internal:5432/claimdesk" }).ok).toBe(true);
  });
});
