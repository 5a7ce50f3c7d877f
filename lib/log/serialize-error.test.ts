import { describe, expect, it } from "vitest";
import { serializeError } from "./serialize-error";

describe("serializeError", () => {
  it("keeps the stack, the cause and the error's own fields", () => {
    const error = Object.assign(new Error("query failed", { cause: new Error("socket closed") }), { code: "57P01" });
    const serialized = serializeError(error) as Record<string, unknown>;
    expect(serialized).toMatchObject({ type: "Error", code: "57P01" });
    expect(serialized.message).toBe("query failed: socket closed");
    expect(serialized.stack).toContain("caused by: Error: socket closed");
  });

  it("leaves out the connection pg attaches to pool errors", () => {
    const error = Object.assign(new Error("terminating connection"), {
      client: { host: "db.internal", user: "claimdesk" },
    });
    expect(serializeError(error)).not.toHaveProperty("client");
    expect(error.client.host).toBe("db.internal");
  });

  it("passes a thrown non-error through", () => {
    expect(serializeError("plain text")).toBe("plain text");
  });
});
