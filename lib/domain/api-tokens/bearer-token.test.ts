import { describe, expect, it } from "vitest";
import { parseBearerToken } from "./bearer-token";

const TOKEN = `cdk_ab12cd34_${"x".repeat(40)}_-A`;

describe("the Authorization header of an API call", () => {
  it("gives the token and its prefix, whatever the scheme's case", () => {
    expect(parseBearerToken(`Bearer ${TOKEN}`)).toEqual({ token: TOKEN, prefix: "cdk_ab12cd34" });
    expect(parseBearerToken(`bearer ${TOKEN}`)?.prefix).toBe("cdk_ab12cd34");
  });

  it("refuses anything else", () => {
    for (const header of [
      null,
      "",
      TOKEN,
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN.replace("cdk_ab12cd34", "cdk_AB12CD34")}`,
      `Bearer ${TOKEN} extra`,
      `Bearer ${TOKEN}\n`,
      `Bearer ${"a".repeat(100_000)}`,
    ]) {
      expect(parseBearerToken(header)).toBeNull();
    }
  });
});
