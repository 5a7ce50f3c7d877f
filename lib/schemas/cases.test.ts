import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_PLACE_MAX, CASE_PLACES_MAX, ZCreateCaseInput, ZUpdateCaseInput } from "./cases";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("ZCreateCaseInput", () => {
  it("reads an empty form's fields as not given", () => {
    expect(ZCreateCaseInput.parse({ title: " Harem ", leadId: "", eventStart: "", eventEnd: null })).toEqual({
      title: "Harem",
      summary: "",
      leadId: null,
      eventStart: null,
      eventEnd: null,
      places: [],
    });
  });

  it("names the field at fault", () => {
    expect(issues(ZCreateCaseInput.safeParse({ title: "  " }))).toEqual([["title", "required"]]);
    expect(
      issues(ZCreateCaseInput.safeParse({ title: "x", eventStart: "2025-10-05", eventEnd: "2025-10-04" })),
    ).toEqual([["eventEnd", "endBeforeStart"]]);
    expect(issues(ZCreateCaseInput.safeParse({ title: "x", eventStart: "5 Oct" }))).toEqual([["eventStart", "date"]]);
    // Both faults at once, so the form can mark every field.
    expect(
      issues(
        ZUpdateCaseInput.safeParse({
          title: "x",
          caseId: crypto.randomUUID(),
          version: 0,
          eventStart: "2025-10-02",
          eventEnd: "2025-10-01",
        }),
      )?.map(([path]) => path),
    ).toEqual(["version", "eventEnd"]);
  });

  it("accepts a one-day period and keeps dates in order", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        fc.nat(4000),
        (start, days) => {
          const end = new Date(start.getTime() + days * 86_400_000);
          const day = (date: Date) => date.toISOString().slice(0, 10);
          const input = { title: "x", eventStart: day(start), eventEnd: day(end) };
          expect(ZCreateCaseInput.safeParse(input).success).toBe(true);
          expect(ZCreateCaseInput.safeParse({ ...input, eventStart: day(end), eventEnd: day(start) }).success).toBe(
            days === 0 || day(start) === day(end),
          );
        },
      ),
    );
  });

  it("keeps each place once, trimmed, without blanks, and refuses long or many places", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: CASE_PLACE_MAX }), { maxLength: CASE_PLACES_MAX }), (places) => {
        const parsed = ZCreateCaseInput.safeParse({ title: "x", places });
        if (!parsed.success) return;
        const kept = parsed.data.places;
        expect(new Set(kept).size).toBe(kept.length);
        for (const place of kept) expect(place).toBe(place.trim());
        expect(kept).not.toContain("");
        expect(new Set(kept)).toEqual(new Set(places.map((place) => place.trim()).filter(Boolean)));
      }),
    );
    expect(ZCreateCaseInput.safeParse({ title: "x", places: ["x".repeat(CASE_PLACE_MAX + 1)] }).success).toBe(false);
    expect(ZCreateCaseInput.safeParse({ title: "x", places: Array(CASE_PLACES_MAX + 1).fill("P") }).success).toBe(
      false,
    );
  });
});
