import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChartSvg, LineChartSvg, niceTicks } from "./svg-charts";

describe("niceTicks", () => {
  it("covers the largest value in whole round steps from 0", () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(9_700)).toEqual([0, 5_000, 10_000]);
    expect(niceTicks(12_345)).toEqual([0, 5_000, 10_000, 15_000]);
  });

  it("always ends at or above the maximum, with at most six ticks", () => {
    for (let max = 1; max < 5_000; max += 7) {
      const ticks = niceTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
      expect(ticks.every((tick) => Number.isInteger(tick))).toBe(true);
    }
  });
});

/** The bars' [x, width] with their hover text, in document order. */
function bars(html: string): { x: number; width: number; y: number; height: number; title: string }[] {
  return [...html.matchAll(/<rect fill="[^"]*" ([^>]*)><title>([^<]*)<\/title>/g)].map(([, attributes, title]) => {
    const value = (name: string) => Number(new RegExp(`${name}="([^"]*)"`).exec(attributes!)![1]);
    return { x: value("x"), width: value("width"), y: value("y"), height: value("height"), title: title! };
  });
}

describe("BarChartSvg", () => {
  const chart = (rtl: boolean) =>
    renderToStaticMarkup(
      <BarChartSvg
        legend
        categories={["Amal", "Badr"]}
        series={[
          { name: "Open", values: [4, 0], colour: "#60a5fa" },
          { name: "Done", values: [2, 6], colour: "#15803d" },
        ]}
        rtl={rtl}
      />,
    );

  it("stacks the series per category, names each part on hover, and draws no empty part", () => {
    const drawn = bars(chart(false));
    expect(drawn.map((bar) => bar.title)).toEqual(["Amal – Open: 4", "Amal – Done: 2", "Badr – Done: 6"]);
    const [amalOpen, amalDone, badrDone] = drawn;
    // Equal totals (6 and 6) reach the same height; Amal's "Done" sits on top of its "Open".
    expect(amalDone!.y + amalDone!.height).toBeCloseTo(amalOpen!.y);
    expect(amalDone!.y).toBeCloseTo(badrDone!.y);
    expect(amalOpen!.height).toBeCloseTo(2 * amalDone!.height);
    expect(chart(false)).toContain(">Open</text>");
  });

  it("runs the categories right to left in RTL", () => {
    const [ltrAmal] = bars(chart(false));
    const [rtlAmal] = bars(chart(true));
    expect(ltrAmal!.x).toBeLessThan(260);
    expect(rtlAmal!.x).toBeGreaterThan(260);
  });

  it("draws horizontal bars from the value axis, mirrored in RTL", () => {
    const horizontal = (rtl: boolean) =>
      bars(
        renderToStaticMarkup(
          <BarChartSvg
            horizontal
            categoryWidth={130}
            categories={["New"]}
            series={[{ values: [5], colour: ["#94a3b8"] }]}
            rtl={rtl}
          />,
        ),
      )[0]!;
    const ltr = horizontal(false);
    const rtl = horizontal(true);
    expect(ltr.title).toBe("New: 5");
    expect(ltr.x).toBe(130);
    expect(rtl.x + rtl.width).toBeCloseTo(520 - 130);
    expect(rtl.width).toBeCloseTo(ltr.width);
  });
});

describe("LineChartSvg", () => {
  it("draws one point per day and labels every n-th day", () => {
    const days = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"];
    const html = renderToStaticMarkup(
      <LineChartSvg
        categories={days}
        values={[0, 3, 1, 2]}
        colour="#1d4ed8"
        rtl={false}
        labelEvery={2}
        formatCategory={(day) => day.slice(5)}
      />,
    );
    expect(html.match(/<polyline points="([^"]*)"/)![1]!.split(" ")).toHaveLength(4);
    expect(html).toContain(">11-01</text>");
    expect(html).not.toContain(">11-02</text>");
    expect(html).toContain(">11-03</text>");
    expect(html).toContain("<title>2026-11-02: 3</title>");
  });
});
