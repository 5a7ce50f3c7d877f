import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseBearerToken } from "@/lib/domain/api-tokens/bearer-token";
import { hashApiToken, newApiToken, sameApiTokenHash } from "./api-token-secret";

describe("an API token's secret", () => {
  it("is what the Bearer parser reads back, stored only as the SHA-256 of the whole token", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { token, prefix, secretHash } = newApiToken();
      expect(parseBearerToken(`Bearer ${token}`)).toEqual({ token, prefix });
      expect(secretHash).toBe(createHash("sha256").update(token).digest("hex"));
      seen.add(prefix);
    }
    expect(seen.size).toBe(200);
  });

  it("compares hashes of equal length only, and only equal ones match", () => {
    const a = hashApiToken("a");
    expect(sameApiTokenHash(a, hashApiToken("a"))).toBe(true);
    expect(sameApiTokenHash(a, hashApiToken("b"))).toBe(false);
    expect(sameApiTokenHash(a, a.slice(0, 62))).toBe(false);
    expect(sameApiTokenHash(a, "zz".repeat(32))).toBe(false);
  });
});
