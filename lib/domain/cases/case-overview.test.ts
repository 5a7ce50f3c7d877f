import { describe, expect, it } from "vitest";
import { corroborationOf, type EvidenceForCorroboration } from "@/lib/domain/sources/corroboration";
import {
  casualtyCountsOf,
  caseFigures,
  groupClaims,
  independenceOf,
  sourcesByOrigin,
  type CaseClaimFacts,
  type CaseSourceFacts,
} from "./case-overview";

const support = (
  sourceId: string,
  originId: string | null,
  stance: EvidenceForCorroboration["stance"] = "SUPPORTS",
) => ({
  stance,
  sourceId,
  sourceTitle: sourceId,
  originId,
  originName: originId,
  outlet: null,
  url: null,
});

describe("independenceOf", () => {
  const of = (evidence: EvidenceForCorroboration[], claimantId: string | null = "sohr") =>
    independenceOf(corroborationOf(evidence, { claimantId }));

  it("reads each claim's corroboration as one answer", () => {
    expect(of([])).toBe("noEvidence");
    expect(of([support("s1", "sohr")])).toBe("oneOrigin");
    expect(of([support("s1", "afp"), support("s2", "afp")])).toBe("oneOrigin");
    expect(of([support("s1", "afp"), support("s2", "reuters")])).toBe("independent");
    expect(of([support("s1", "sohr"), support("s2", "afp")])).toBe("independent");
    expect(of([support("s1", "afp"), support("s2", "reuters", "REFUTES")])).toBe("contested");
    expect(of([support("s2", "reuters", "REFUTES")])).toBe("contested");
  });
});

describe("groupClaims", () => {
  it("counts each group, keeps its first claims, and orders groups as asked then by size", () => {
    const claims = ["NEW", "PUBLISHED", "NEW", "NEW", "IN_REVIEW", "PUBLISHED"].map((status, index) => ({
      id: `c${index}`,
      status,
    }));
    const groups = groupClaims(claims, (claim) => claim.status, { firstCount: 2, order: ["IN_REVIEW", "NEW"] });
    expect(groups.map((group) => [group.key, group.count, group.first.map((claim) => claim.id)])).toEqual([
      ["IN_REVIEW", 1, ["c4"]],
      ["NEW", 3, ["c0", "c2"]],
      ["PUBLISHED", 2, ["c1", "c5"]],
    ]);
  });
});

describe("caseFigures", () => {
  const facts = (id: string, fields: Partial<CaseClaimFacts>): CaseClaimFacts => ({
    id,
    status: "NEW",
    claimantId: null,
    verdictId: null,
    createdAt: new Date("2025-10-10T00:00:00Z"),
    independence: "noEvidence",
    ...fields,
  });

  it("counts statuses, verdicts, confirmations and finds the oldest claim not yet published nor retracted", () => {
    const figures = caseFigures(
      [
        facts("published", {
          status: "PUBLISHED",
          verdictId: "false",
          createdAt: new Date("2025-10-01T00:00:00Z"),
          independence: "independent",
        }),
        facts("retracted", { status: "RETRACTED", createdAt: new Date("2025-10-02T00:00:00Z") }),
        facts("review", {
          status: "IN_REVIEW",
          verdictId: "false",
          createdAt: new Date("2025-10-03T12:00:00Z"),
          independence: "contested",
        }),
        facts("new", { independence: "independent" }),
      ],
      { total: 3, exact: true },
      new Date("2025-10-13T13:00:00Z"),
    );
    expect(figures.claims).toBe(4);
    expect(figures.byStatus.filter((row) => row.count > 0)).toEqual([
      { status: "NEW", count: 1 },
      { status: "IN_REVIEW", count: 1 },
      { status: "PUBLISHED", count: 1 },
      { status: "RETRACTED", count: 1 },
    ]);
    expect(figures.byVerdict).toEqual([
      { verdictId: "false", count: 2 },
      { verdictId: null, count: 2 },
    ]);
    expect(figures.independentConfirmations).toBe(2);
    expect(figures.byIndependence).toEqual({ independent: 2, oneOrigin: 0, contested: 1, noEvidence: 1 });
    expect(figures.openConflicts).toBe(3);
    expect(figures.oldestOpen).toEqual({ id: "review", since: new Date("2025-10-03T12:00:00Z"), days: 10 });
  });

  it("has no oldest open claim when all are done", () => {
    expect(
      caseFigures([facts("a", { status: "PUBLISHED" })], { total: 0, exact: true }, new Date()).oldestOpen,
    ).toBeNull();
  });
});

describe("sourcesByOrigin", () => {
  const source = (id: string, fields: Partial<CaseSourceFacts>): CaseSourceFacts => ({
    id,
    title: id,
    url: null,
    outlet: null,
    publishedAt: null,
    originId: null,
    originName: null,
    originNameAr: null,
    listed: false,
    ...fields,
  });

  it("groups by confirmed origin entity first, then outlet or website, each capped", () => {
    const { groups, totalGroups } = sourcesByOrigin(
      [
        source("s1", { originId: "sohr", originName: "SOHR", originNameAr: "المرصد" }),
        source("s2", { originId: "sohr", originName: "SOHR" }),
        source("s3", { originId: "sohr", originName: "SOHR" }),
        source("s4", { outlet: "Enab Baladi" }),
        source("s5", { url: "https://www.example.org/a" }),
        source("s6", { url: "https://example.org/b" }),
      ],
      { groups: 2, perGroup: 2 },
    );
    expect(totalGroups).toBe(3);
    expect(groups.map((group) => [group.label, group.isEntity, group.count, group.sources.map((s) => s.id)])).toEqual([
      ["SOHR", true, 3, ["s1", "s2"]],
      ["example.org", false, 2, ["s5", "s6"]],
    ]);
    expect(groups[0]!.labelAr).toBe("المرصد");
  });
});

describe("casualtyCountsOf", () => {
  it("reads counts of casualty reports only", () => {
    expect(
      casualtyCountsOf("CASUALTY_REPORT", { type: "CASUALTY_REPORT", casualty: { killed: { min: 1, max: null } } }),
    ).toEqual({
      killed: { min: 1, max: null },
    });
    expect(casualtyCountsOf("CASUALTY_REPORT", null)).toEqual({});
    expect(casualtyCountsOf("STATEMENT", { casualty: {} })).toBeNull();
  });
});
