import { describe, expect, it } from "vitest";
import { runInBatches } from "./run-in-batches";

type Result = { ok: true; data: string[] } | { ok: false; code: string };

function recorder(fail: (call: number) => boolean = () => false) {
  const asked: number[][] = [];
  const answers: { done: number; data: string[] }[] = [];
  const failures: number[] = [];
  let inFlight = 0;
  let most = 0;
  const run = {
    size: 10,
    from: 0,
    current: true,
    async ask(batch: number[]): Promise<Result> {
      inFlight += 1;
      most = Math.max(most, inFlight);
      asked.push(batch);
      await Promise.resolve();
      inFlight -= 1;
      return fail(asked.length) ? { ok: false, code: "UNAVAILABLE" } : { ok: true, data: batch.map(String) };
    },
    isCurrent: () => run.current,
    onAnswer: (data: string[], _batch: number[], done: number) => answers.push({ done, data }),
    onFailure: (_failure: { code: string }, at: number) => failures.push(at),
  };
  return { run, asked, answers, failures, most: () => most };
}

const items = Array.from({ length: 23 }, (_, index) => index);

describe("runInBatches", () => {
  it("asks for every item once, in order, one bounded batch at a time", async () => {
    const { run, asked, answers, failures, most } = recorder();
    await runInBatches({ ...run, items });
    expect(asked.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(asked.flat()).toEqual(items);
    expect(most()).toBe(1);
    expect(answers.map((answer) => answer.done)).toEqual([10, 20, 23]);
    expect(answers.flatMap((answer) => answer.data)).toEqual(items.map(String));
    expect(failures).toEqual([]);
  });

  it("stops at a failed batch and resumes from it", async () => {
    const first = recorder((call) => call === 2);
    await runInBatches({ ...first.run, items });
    expect(first.asked).toHaveLength(2);
    expect(first.answers.map((answer) => answer.done)).toEqual([10]);
    expect(first.failures).toEqual([10]);

    const again = recorder();
    await runInBatches({ ...again.run, items, from: first.failures[0]! });
    expect(again.asked.flat()).toEqual(items.slice(10));
    expect(again.answers.map((answer) => answer.done)).toEqual([20, 23]);
  });

  it("drops the answer and asks nothing more once the run is no longer current", async () => {
    const { run, asked, answers, failures } = recorder();
    const ask = run.ask;
    await runInBatches({
      ...run,
      items,
      ask: (batch) => {
        run.current = false; // superseded while this batch is on its way
        return ask(batch);
      },
    });
    expect(asked).toHaveLength(1);
    expect(answers).toEqual([]);
    expect(failures).toEqual([]);
  });

  it("asks nothing when there is nothing left", async () => {
    const { run, asked } = recorder();
    await runInBatches({ ...run, items, from: items.length });
    await runInBatches({ ...run, items: [] });
    expect(asked).toEqual([]);
  });
});
