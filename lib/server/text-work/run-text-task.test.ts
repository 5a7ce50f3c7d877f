import { describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH } from "@/lib/domain/articles/html-shape";
import { HtmlTooComplexError } from "@/lib/server/net/extract-main-text";
import { extractArticleOffThread, runTextTask, suggestClaimsOffThread } from "./run-text-task";

/** The longest stall of this thread's event loop while `work` runs, sampled every 10 ms. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    return { result: await work(), stallMs };
  } finally {
    clearInterval(timer);
  }
}

const LONG_ARTICLE = `<html><body><article>${"<p>The observatory said that five people were killed in the camp, according to local sources. </p>".repeat(4_000)}</article></body></html>`;

describe("text work off the request's thread", () => {
  it("extracts a large page in a worker while this thread keeps serving", async () => {
    const { result, stallMs } = await longestStall(() => extractArticleOffThread(LONG_ARTICLE));
    expect(result?.text).toContain("The observatory said that five people were killed");
    expect(stallMs).toBeLessThan(250);
  });

  it("suggests claims of a long text in a worker, with the same answer as in-thread", async () => {
    const text = "The ministry said that 12 people were killed in the strike on Tuesday. ".repeat(2_000);
    const { result, stallMs } = await longestStall(() => suggestClaimsOffThread(text, { entities: [] }));
    expect(result.length).toBeGreaterThan(0);
    expect(result[0]).toMatchObject({ type: "CASUALTY_REPORT" });
    expect(stallMs).toBeLessThan(250);
  });

  it("brings a too-complex page back as the error callers translate", async () => {
    const deep = `${"<div>".repeat(MAX_HTML_DEPTH + 10)}text${" padding".repeat(30_000)}`;
    await expect(extractArticleOffThread(deep)).rejects.toBeInstanceOf(HtmlTooComplexError);
  });

  it("stops a task past its time limit and refuses the input", async () => {
    await expect(runTextTask({ kind: "extract", html: LONG_ARTICLE }, 1)).rejects.toMatchObject({
      code: "BAD_INPUT",
      details: { reason: "tooComplex" },
    });
  });
});
