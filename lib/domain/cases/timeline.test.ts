import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseTimeline, repetitionOf, stackInRows, type TimelineClaim, type TimelineSource } from "./timeline";

const day = (n: number) => new Date(Date.UTC(2025, 9, n));
const claim = (id: string, fields: Partial<TimelineClaim> = {}): TimelineClaim => ({
  id,
  claimedAt: null,
  happenedAt: null,
  claimantId: null,
  type: "STATEMENT",
  sameAsId: null,
  sourceIds: [],
  ...fields,
});
const source = (id: string, fields: Partial<TimelineSource> = {}): TimelineSource => ({
  id,
  publishedAt: null,
  originId: null,
  ...fields,
});

describe("repetitionOf", () => {
  it("marks the earliest of claims linked as the same claim first, and the others as repeating it", () => {
    const result = repetitionOf(
      [
        claim("late", { claimedAt: day(5), sameAsId: "early" }),
        claim("early", { claimedAt: day(2) }),
        claim("chained", { claimedAt: day(3), sameAsId: "late" }),
        claim("alone", { claimedAt: day(1) }),
      ],
      [],
    );
    expect([...result.firstIds]).toEqual(["early"]);
    expect(Object.fromEntries(result.repeats)).toEqual({ chained: "early", late: "early" });
  });

  it("has a source relying on a claimant repeat that claimant's earliest claim made before it was published", () => {
    const result = repetitionOf(
      [
        claim("sohr-2", { claimedAt: day(4), claimantId: "sohr" }),
        claim("sohr-1", { claimedAt: day(2), claimantId: "sohr" }),
        claim("afp", { claimedAt: day(1), claimantId: "afp" }),
      ],
      [
        source("relay", { publishedAt: day(3), originId: "sohr" }),
        source("before", { publishedAt: day(1), originId: "sohr" }),
        source("other", { publishedAt: day(9), originId: "someone" }),
      ],
    );
    expect(Object.fromEntries(result.repeats)).toEqual({ relay: "sohr-1" });
    expect([...result.firstIds]).toEqual(["sohr-1"]);
  });
});

describe("caseTimeline", () => {
  const claims = [
    claim("a", {
      claimedAt: day(3),
      happenedAt: day(1),
      claimantId: "sohr",
      type: "CASUALTY_REPORT",
      sourceIds: ["s1"],
    }),
    claim("b", { claimedAt: day(5), claimantId: "afp", type: "CASUALTY_REPORT" }),
    claim("c", { claimedAt: day(4), claimantId: "sohr", type: "STATEMENT" }),
    claim("undated", { claimantId: "sohr" }),
  ];
  const sources = [source("s1", { publishedAt: day(2) }), source("s2", { publishedAt: day(6), originId: "afp" })];

  it("orders claims made, events reported and sources published in time, placed between 0 and 1", () => {
    const timeline = caseTimeline(claims, sources);
    expect(timeline.events.map((event) => `${event.kind}:${event.id}`)).toEqual([
      "happened:a",
      "published:s1",
      "claimed:a",
      "claimed:c",
      "claimed:b",
      "published:s2",
    ]);
    expect(timeline.events[0]!.position).toBe(0);
    expect(timeline.events.at(-1)!.position).toBe(1);
    expect(timeline.events.find((event) => event.id === "s2")).toMatchObject({ role: "repeat", repeats: "b" });
    expect(timeline.events.find((event) => event.kind === "claimed" && event.id === "b")!.role).toBe("first");
    expect(timeline).toMatchObject({ total: 6, start: day(1), end: day(6) });
  });

  it("filters by claimant and type; sources follow through the claims that cite them", () => {
    expect(caseTimeline(claims, sources, { claimantId: "sohr" }).events.map((e) => `${e.kind}:${e.id}`)).toEqual([
      "happened:a",
      "published:s1",
      "claimed:a",
      "claimed:c",
    ]);
    expect(
      caseTimeline(claims, sources, { type: "CASUALTY_REPORT", claimantId: "afp" }).events.map((e) => e.id),
    ).toEqual(["b", "s2"]);
  });

  it("caps the events, keeping the earliest, and says how many there were", () => {
    const many = Array.from({ length: 1_200 }, (_, index) =>
      claim(`c${index}`, { claimedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000) }),
    );
    const timeline = caseTimeline(many, [], {}, 500);
    expect(timeline.events).toHaveLength(500);
    expect(timeline.total).toBe(1_200);
    expect(timeline.events.at(-1)!.id).toBe("c499");
  });

  it("always returns events in time order within [0, 1], whatever the input", () => {
    const when = fc.option(
      fc.integer({ min: 0, max: 1_000 }).map((n) => new Date(n * 3_600_000)),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ claimedAt: when, happenedAt: when, sameAs: fc.option(fc.nat(20), { nil: null }) })),
        fc.array(fc.record({ publishedAt: when, origin: fc.option(fc.nat(3), { nil: null }) })),
        (claimRows, sourceRows) => {
          const timeline = caseTimeline(
            claimRows.map((row, index) =>
              claim(`c${index}`, {
                claimedAt: row.claimedAt,
                happenedAt: row.happenedAt,
                claimantId: `e${index % 4}`,
                sameAsId: row.sameAs === null ? null : `c${row.sameAs}`,
              }),
            ),
            sourceRows.map((row, index) =>
              source(`s${index}`, {
                publishedAt: row.publishedAt,
                originId: row.origin === null ? null : `e${row.origin}`,
              }),
            ),
          );
          for (let index = 1; index < timeline.events.length; index += 1)
            expect(timeline.events[index]!.at.getTime()).toBeGreaterThanOrEqual(
              timeline.events[index - 1]!.at.getTime(),
            );
          for (const event of timeline.events) {
            expect(event.position).toBeGreaterThanOrEqual(0);
            expect(event.position).toBeLessThanOrEqual(1);
            if (event.role === "repeat") expect(event.repeats).not.toBeNull();
          }
        },
      ),
    );
  });
});

describe("stackInRows", () => {
  it("puts close markers on further rows and reuses a row once there is room", () => {
    expect(stackInRows([0, 0.01, 0.02, 0.5, 0.505], { rows: 2, gap: 0.05 })).toEqual([0, 1, 1, 0, 1]);
  });
});
