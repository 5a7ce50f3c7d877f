import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, newestFirstKey, pageOf, ZNewestFirstKey } from "./keyset-cursor";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("keyset cursors", () => {
  it("round-trips a key through the URL-safe form", () => {
    const key = newestFirstKey({ id: id(7) }, new Date("2026-01-02T03:04:05.000Z"));
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ZNewestFirstKey)).toEqual(key);
  });

  it.each([
    ["garbage", "%%%"],
    ["not JSON", Buffer.from("nope").toString("base64url")],
    ["wrong shape", encodeCursor({ at: "yesterday", id: "1" })],
    ["huge", "A".repeat(10_000)],
    ["empty", ""],
  ])("reads a %s cursor as the first page", (_name, cursor) => {
    expect(decodeCursor(cursor, ZNewestFirstKey)).toBeNull();
  });

  it("cuts the look-ahead row and points the cursor at the page's last row", () => {
    const rows = [1, 2, 3].map((n) => ({ id: id(n) }));
    const page = pageOf(rows, 2, (row) => row.id);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeCursor(page.nextCursor, ZNewestFirstKey.shape.id)).toBe(id(2));
    expect(pageOf(rows, 3, (row) => row.id).nextCursor).toBeNull();
    expect(pageOf([], 3, (row: { id: string }) => row.id)).toEqual({ items: [], nextCursor: null });
  });
});
