import { describe, expect, it } from "vitest";
import { logFormatFor, logLevelFrom } from "./log-level";

describe("logLevelFrom", () => {
  it("defaults to info when LOG_LEVEL is unset or blank", () => {
    expect(logLevelFrom(undefined)).toBe("info");
    expect(logLevelFrom("  ")).toBe("info");
  });

  it("accepts pino's levels and silent, in any case", () => {
    expect(logLevelFrom("DEBUG")).toBe("debug");
    expect(logLevelFrom(" warn ")).toBe("warn");
    expect(logLevelFrom("silent")).toBe("silent");
  });

  it("refuses a level pino does not know", () => {
    expect(() => logLevelFrom("verbose")).toThrow(/LOG_LEVEL must be one of/);
  });
});

describe("logFormatFor", () => {
  it("is readable only in development", () => {
    expect(logFormatFor("development")).toBe("pretty");
    expect(logFormatFor("production")).toBe("json");
    expect(logFormatFor("test")).toBe("json");
    expect(logFormatFor(undefined)).toBe("json");
  });
});
