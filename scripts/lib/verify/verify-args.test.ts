import { describe, expect, it } from "vitest";
import { parseVerifyArgs } from "./verify-args";

describe("verify-report arguments", () => {
  it("take the file as npm passes it (after its --), with or without a key", () => {
    expect(parseVerifyArgs(["report.json"])).toEqual({ file: "report.json" });
    expect(parseVerifyArgs(["--", "report.json"])).toEqual({ file: "report.json" });
    expect(parseVerifyArgs(["report.json", "--key", "MCow"])).toEqual({ file: "report.json", key: "MCow" });
    expect(parseVerifyArgs(["--key", "MCow", "report.json"])).toEqual({ file: "report.json", key: "MCow" });
  });

  it("refuse no file, two files, a key without value or an unknown option", () => {
    expect(parseVerifyArgs([])).toBeNull();
    expect(parseVerifyArgs(["a.json", "b.json"])).toBeNull();
    expect(parseVerifyArgs(["a.json", "--key"])).toBeNull();
    expect(parseVerifyArgs(["a.json", "--kee", "x"])).toBeNull();
  });
});
