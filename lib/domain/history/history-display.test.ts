import { describe, expect, it } from "vitest";
import { fieldChanges } from "./field-changes";
import { displayChange } from "./history-display";

const shown = (before: unknown, after: unknown) => fieldChanges(before, after).map(displayChange).filter(Boolean);

describe("displayChange", () => {
  it("leaves anchor internals and bookkeeping out, and labels the rest by message key", () => {
    const changes = shown(
      { start: 1, end: 5, prefix: "a", version: 1, statement: "Old" },
      { start: 2, end: 9, prefix: "b", version: 2, statement: "New" },
    );
    expect(changes).toEqual([
      { label: "history.fields.statement", from: { kind: "text", text: "Old" }, to: { kind: "text", text: "New" } },
    ]);
  });

  it("leaves out a change that reads the same before and after (no structured fields either way)", () => {
    expect(shown({ details: null }, { details: { type: "OTHER" } })).toEqual([]);
  });

  it("shows enumerated values as terms to translate", () => {
    expect(shown({ type: "OTHER", confidence: null }, { type: "CASUALTY_REPORT", confidence: "HIGH" })).toEqual([
      {
        label: "history.fields.type",
        from: { kind: "term", key: "claims.type.OTHER" },
        to: { kind: "term", key: "claims.type.CASUALTY_REPORT" },
      },
      {
        label: "history.fields.confidence",
        from: { kind: "empty" },
        to: { kind: "term", key: "rating.confidenceLevels.HIGH" },
      },
    ]);
  });

  it("reads structured fields as labelled values, not JSON", () => {
    const [change] = shown(
      { details: { type: "OTHER" } },
      {
        details: {
          type: "CASUALTY_REPORT",
          casualty: { killed: { min: 1, max: null }, wounded: { min: null, max: null }, parties: ["SOHR", "AFP"] },
        },
      },
    );
    expect(change).toEqual({
      label: "history.fields.details",
      from: { kind: "empty" },
      to: {
        kind: "fields",
        fields: [
          { label: "claims.fields.killed", value: { kind: "text", text: "≥ 1", ltr: true } },
          { label: "claims.fields.parties", value: { kind: "text", text: "SOHR, AFP" } },
        ],
      },
    });
    expect(
      shown({ details: {} }, { details: { promise: { commitment: "Hand them over", followUp: "KEPT" } } })[0]!.to,
    ).toEqual({
      kind: "fields",
      fields: [
        { label: "claims.fields.commitment", value: { kind: "text", text: "Hand them over" } },
        { label: "claims.fields.followUp", value: { kind: "term", key: "claims.fields.followUps.KEPT" } },
      ],
    });
  });
});
