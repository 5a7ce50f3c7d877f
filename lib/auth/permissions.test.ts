import { describe, expect, it } from "vitest";
import { ACTIONS, ROLES, assertCan, can, type Action, type Role } from "./permissions";

// The expected matrix written out by hand, so a change to the table must be a deliberate
// change here too (PRODUCT.md "People and permissions").
const V = "VIEWER",
  F = "FACT_CHECKER",
  E = "EDITOR",
  A = "ADMIN";
const EXPECTED: Record<Action, Role[]> = {
  "team.read": [V, F, E, A],
  "article.create": [F, E, A],
  "article.update": [F, E, A],
  "claim.create": [F, E, A],
  "claim.update": [F, E, A],
  "claim.delete": [F, E, A],
  "entity.manage": [F, E, A],
  "source.create": [F, E, A],
  "source.update": [F, E, A],
  "evidence.manage": [F, E, A],
  "rating.set": [F, E, A],
  "claim.submit": [F, E, A],
  "comment.create": [F, E, A],
  "claim.approve": [E, A],
  "claim.requestChanges": [E, A],
  "claim.publish": [E, A],
  "claim.correct": [E, A],
  "claim.retract": [E, A],
  "claim.assign": [E, A],
  "report.export": [E, A],
  "report.publishLink": [E, A],
  "member.manage": [A],
  "team.rename": [A],
  "scale.manage": [A],
  "apiToken.manage": [A],
  "webhook.manage": [A],
  "signingKey.rotate": [A],
  "tag.manage": [A],
  "case.manage": [F, E, A],
  "case.delete": [E, A],
};

describe("permission table", () => {
  const cells = ROLES.flatMap((role) => ACTIONS.map((action) => [role, action] as const));

  it.each(cells)("%s × %s", (role, action) => {
    const allowed = EXPECTED[action].includes(role);
    expect(can({ role }, action)).toBe(allowed);
    if (allowed) expect(() => assertCan({ role }, action)).not.toThrow();
    else expect(() => assertCan({ role }, action)).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it("covers every action in the expected matrix", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  it("refuses everything to someone not signed in", () => {
    expect(can(null, "team.read")).toBe(false);
    expect(() => assertCan(undefined, "team.read")).toThrowError(expect.objectContaining({ code: "UNAUTHENTICATED" }));
  });
});
