import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { teamSlugBase } from "./team-slug";

describe("teamSlugBase", () => {
  it("hyphenates the ASCII letters and digits of a name", () => {
    expect(teamSlugBase("  Le Monde — Desk 2 ")).toBe("le-monde-desk-2");
    expect(teamSlugBase("Équipe Vérif")).toBe("equipe-verif");
  });

  it("falls back to 'team' for names without ASCII letters", () => {
    expect(teamSlugBase("فريق التحقق")).toBe("team");
  });

  it("is always a short, URL-safe, non-empty slug", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        expect(teamSlugBase(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(teamSlugBase(name).length).toBeLessThanOrEqual(48);
      }),
    );
  });
});
