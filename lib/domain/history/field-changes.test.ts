import { describe, expect, it } from "vitest";
import { fieldChanges } from "./field-changes";

describe("fieldChanges", () => {
  it("lists only what changed, with from and to", () => {
    expect(
      fieldChanges({ status: "IN_REVIEW", verdict: "False", note: null }, { status: "APPROVED", verdict: "False" }),
    ).toEqual([{ field: "status", from: "IN_REVIEW", to: "APPROVED" }]);
  });

  it("compares nested values by content and treats missing as null", () => {
    expect(fieldChanges({ details: { killed: { min: 1 } } }, { details: { killed: { min: 1 } } })).toEqual([]);
    expect(fieldChanges(null, { statement: "x" })).toEqual([{ field: "statement", from: null, to: "x" }]);
    expect(fieldChanges({ a: 1 }, undefined)).toEqual([{ field: "a", from: 1, to: null }]);
  });
});
