import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createTeam, TEST_PASSWORD } from "./support";

const address = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}-${randomUUID()}`;

describe("login rate limiting", () => {
  it("refuses the sixth attempt on one account within a minute, even with the right password", async () => {
    const { members } = await createTeam(["EDITOR"]);
    const email = members.EDITOR.email;
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await verifyCredentials({ email, password: "wrong password" }, address())).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const sixth = await verifyCredentials({ email, password: TEST_PASSWORD }, address());
    expect(sixth).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(sixth.ok === false && sixth.reason === "rate_limited" && sixth.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses the 21st attempt from one address across accounts", async () => {
    const from = address();
    for (let attempt = 0; attempt < 20; attempt++) {
      const result = await verifyCredentials(
        { email: `nobody-${attempt}-${randomUUID()}@example.test`, password: "x" },
        from,
      );
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const { members } = await createTeam(["VIEWER"]);
    expect(await verifyCredentials({ email: members.VIEWER.email, password: TEST_PASSWORD }, from)).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("signs in with the right password and treats email case-insensitively", async () => {
    const { members } = await createTeam(["VIEWER"]);
    expect(
      await verifyCredentials({ email: members.VIEWER.email.toUpperCase(), password: TEST_PASSWORD }, address()),
    ).toMatchObject({ ok: true });
  });
});
