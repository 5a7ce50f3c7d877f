import { describe, expect, it } from "vitest";
import { ZChangePasswordInput } from "./auth";
import { ZRenameTeamInput } from "./teams";

const firstError = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("ZChangePasswordInput", () => {
  const valid = { currentPassword: "old password", newPassword: "new password!", confirmPassword: "new password!" };

  it("accepts a new password repeated correctly", () => {
    expect(ZChangePasswordInput.safeParse(valid).success).toBe(true);
  });

  it("names the field at fault", () => {
    expect(firstError(ZChangePasswordInput.safeParse({ ...valid, confirmPassword: "other" }))).toEqual([
      ["confirmPassword", "passwordsDiffer"],
    ]);
    expect(
      firstError(ZChangePasswordInput.safeParse({ ...valid, newPassword: "short", confirmPassword: "short" })),
    ).toEqual([["newPassword", "passwordTooShort"]]);
    const same = { currentPassword: "same password", newPassword: "same password", confirmPassword: "same password" };
    expect(firstError(ZChangePasswordInput.safeParse(same))).toEqual([["newPassword", "samePassword"]]);
  });
});

describe("ZRenameTeamInput", () => {
  it("trims, and refuses empty or over-long names", () => {
    expect(ZRenameTeamInput.parse({ name: "  Desk  " })).toEqual({ name: "Desk" });
    expect(firstError(ZRenameTeamInput.safeParse({ name: "   " }))).toEqual([["name", "required"]]);
    expect(firstError(ZRenameTeamInput.safeParse({ name: "x".repeat(121) }))).toEqual([["name", "tooLong"]]);
  });
});
