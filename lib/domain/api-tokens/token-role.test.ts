import { describe, expect, it } from "vitest";
import { ROLES, PERMISSIONS } from "@/lib/auth/permissions";
import { isRoleWithin, lowerRole, rolesWithin } from "./token-role";

describe("a token's role ceiling", () => {
  it("never lets a member give a role above their own", () => {
    expect(rolesWithin("VIEWER")).toEqual(["VIEWER"]);
    expect(rolesWithin("EDITOR")).toEqual(["VIEWER", "FACT_CHECKER", "EDITOR"]);
    expect(rolesWithin("ADMIN")).toEqual([...ROLES]);
    expect(isRoleWithin("ADMIN", "EDITOR")).toBe(false);
    expect(isRoleWithin("FACT_CHECKER", "EDITOR")).toBe(true);
  });

  it("acts as the lower of ceiling and creator's role, and that role allows no more than either", () => {
    expect(lowerRole("ADMIN", "VIEWER")).toBe("VIEWER");
    expect(lowerRole("FACT_CHECKER", "ADMIN")).toBe("FACT_CHECKER");
    for (const a of ROLES)
      for (const b of ROLES) {
        const acting = PERMISSIONS[lowerRole(a, b)];
        for (const action of acting) {
          expect(PERMISSIONS[a].has(action) && PERMISSIONS[b].has(action)).toBe(true);
        }
      }
  });
});
