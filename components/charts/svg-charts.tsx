/**
 * The dashboard's charts as plain SVG drawn on the server: bars (stacked or not, either way round) and a line.
 * They used to be recharts in the browser, ~110 KB gzipped and most of a second of main-thread work on a
 * dashboard view for four pictures nobody interacts with beyond a hover. Hovering a bar or point still names
 * its value (an SVG <title>); the numbers themselves are in each figure's table for screen readers.
 * Drawn in a fixed coordinate box and scaled to the figure's width; in RTL the value axis sits on the right
 * and the category axis runs right to left.
 */

const WIDTH = 520;
const HEIGHT = 256;
const TICK = { fontSize: 12, fill: "#475569" } as const;
const GRID = { stroke: "#cbd5e1", strokeDasharray: "3 3" } as const;
const AXIS = "#94a3b8";

/** Whole-number axis ticks from 0 to at least `max`, about five of them on round steps (1, 2, 5 × 10ⁿ). */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (target - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!,
  );
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

export interface BarSeries {
  /** Shown in the hover text and the legend; omit for a chart of one unnamed series. */
  name?: string;
  values: number[];
  /** One colour for the series, or one per category. */
  colour: string | string[];
}

interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function colourAt(series: BarSeries, index: number): string {
  return typeof series.colour === "string" ? series.colour : series.colour[index % series.colour.length]!;
}

function SvgFrame({ children }: { children: React.ReactNode }) {
  return (
    // Coordinates and text anchors are laid out left to right here (RTL mirrors them explicitly), so the drawing
    // does not inherit the page's direction, which would flip every "start" and "end".
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      height="100%"
      role="presentation"
      direction="ltr"
      className="overflow-visible"
    >
      {children}
    </svg>
  );
}

function Legend({ series, y, rtl }: { series: BarSeries[]; y: number; rtl: boolean }) {
  const named = series.filter((entry) => entry.name);
  const itemWidth = 110;
  const start = WIDTH / 2 - (named.length * itemWidth) / 2;
  return (
    <g>
      {named.map((entry, index) => {
        const x = start + (rtl ? named.length - 1 - index : index) * itemWidth;
        // The swatch before the name in reading order: on its left in LTR, on its right in RTL.
        const swatch = rtl ? x + itemWidth - 24 : x;
        return (
          <g key={entry.name}>
            <rect x={swatch} y={y - 9} width={10} height={10} fill={colourAt(entry, 0)} />
            <text x={rtl ? swatch - 4 : swatch + 14} y={y} textAnchor={rtl ? "end" : "start"} {...TICK}>
              {entry.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * Bars per category, the series stacked on one another. Vertical: categories along the bottom, values up.
 * Horizontal: categories down the side (`categoryWidth` for their labels), values across.
 */
export function BarChartSvg({
  categories,
  series,
  horizontal = false,
  categoryWidth = 60,
  legend = false,
  rtl,
}: {
  categories: string[];
  series: BarSeries[];
  horizontal?: boolean;
  categoryWidth?: number;
  legend?: boolean;
  rtl: boolean;
}) {
  const totals = categories.map((_, index) => series.reduce((sum, entry) => sum + (entry.values[index] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1]!;
  const axisWidth = horizontal ? categoryWidth : 40;
  const frame: Frame = {
    left: rtl ? 16 : axisWidth,
    right: WIDTH - (rtl ? axisWidth : 16),
    top: 8,
    bottom: HEIGHT - (legend ? 44 : 24),
  };
  const band = (horizontal ? frame.bottom - frame.top : frame.right - frame.left) / Math.max(1, categories.length);
  const thickness = Math.min(band * 0.8, 48);
  /** Where a category's band starts along the category axis (mirrored in RTL when it runs across). */
  const bandStart = (index: number) =>
    horizontal ? frame.top + index * band : rtl ? frame.right - (index + 1) * band : frame.left + index * band;
  /** A value's place along the value axis. */
  const at = (value: number) => {
    if (!horizontal) return frame.bottom - (value / top) * (frame.bottom - frame.top);
    const length = (value / top) * (frame.right - frame.left);
    return rtl ? frame.right - length : frame.left + length;
  };

  return (
    <SvgFrame>
      {ticks.map((tick) =>
        horizontal ? (
          <g key={tick}>
            <line x1={at(tick)} x2={at(tick)} y1={frame.top} y2={frame.bottom} {...GRID} />
            <text x={at(tick)} y={frame.bottom + 16} textAnchor="middle" {...TICK}>
              {tick}
            </text>
          </g>
        ) : (
          <g key={tick}>
            <line x1={frame.left} x2={frame.right} y1={at(tick)} y2={at(tick)} {...GRID} />
            <text
              x={rtl ? frame.right + 6 : frame.left - 6}
              y={at(tick) + 4}
              textAnchor={rtl ? "start" : "end"}
              {...TICK}
            >
              {tick}
            </text>
          </g>
        ),
      )}
      {categories.map((category, index) => {
        const middle = bandStart(index) + band / 2;
        let base = 0;
        return (
          <g key={category}>
            {horizontal ? (
              <text
                x={rtl ? frame.right + 6 : frame.left - 6}
                y={middle + 4}
                textAnchor={rtl ? "start" : "end"}
                {...TICK}
              >
                {category}
              </text>
            ) : (
              <text x={middle} y={frame.bottom + 16} textAnchor="middle" {...TICK} fontSize={11}>
                {category}
              </text>
            )}
            {series.map((entry) => {
              const value = entry.values[index] ?? 0;
              const from = at(base);
              base += value;
              const to = at(base);
              if (value === 0) return null;
              const title = entry.name ? `${category} – ${entry.name}: ${value}` : `${category}: ${value}`;
              return (
                <rect
                  key={entry.name ?? "value"}
                  fill={colourAt(entry, index)}
                  {...(horizontal
                    ? {
                        x: Math.min(from, to),
                        width: Math.abs(to - from),
                        y: middle - thickness / 2,
                        height: thickness,
                      }
                    : { y: to, height: from - to, x: middle - thickness / 2, width: thickness })}
                >
                  <title>{title}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      {horizontal ? (
        <line x1={at(0)} x2={at(0)} y1={frame.top} y2={frame.bottom} stroke={AXIS} />
      ) : (
        <line x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} stroke={AXIS} />
      )}
      {legend && <Legend series={series} y={HEIGHT - 8} rtl={rtl} />}
    </SvgFrame>
  );
}

/** One line over categories (days), with every `labelEvery`-th category named on the axis. */
export function LineChartSvg({
  categories,
  values,
  colour,
  rtl,
  labelEvery = 1,
  formatCategory = (category) => category,
}: {
  categories: string[];
  values: number[];
  colour: string;
  rtl: boolean;
  labelEvery?: number;
  formatCategory?: (category: string) => string;
}) {
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1]!;
  const frame: Frame = { left: rtl ? 16 : 40, right: WIDTH - (rtl ? 40 : 16), top: 8, bottom: HEIGHT - 24 };
  const step = (frame.right - frame.left) / Math.max(1, categories.length - 1);
  const x = (index: number) => (rtl ? frame.right - index * step : frame.left + index * step);
  const y = (value: number) => frame.bottom - (value / top) * (frame.bottom - frame.top);
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <SvgFrame>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={frame.left} x2={frame.right} y1={y(tick)} y2={y(tick)} {...GRID} />
          <text x={rtl ? frame.right + 6 : frame.left - 6} y={y(tick) + 4} textAnchor={rtl ? "start" : "end"} {...TICK}>
            {tick}
          </text>
        </g>
      ))}
      {categories.map((category, index) =>
        index % labelEvery === 0 ? (
          <text key={category} x={x(index)} y={frame.bottom + 16} textAnchor="middle" {...TICK} fontSize={11}>
            {formatCategory(category)}
          </text>
        ) : null,
      )}
      <line x1={frame.left} x2={frame.right} y1={frame.bottom} y2={frame.bottom} stroke={AXIS} />
      <polyline points={points} fill="none" stroke={colour} strokeWidth={2} strokeLinejoin="round" />
      {values.map((value, index) => (
        // A wide invisible target per point, so hovering near the line names the day's figure.
        <rect
          key={categories[index]}
          x={x(index) - step / 2}
          width={step}
          y={frame.top}
          height={frame.bottom - frame.top}
          fill="transparent"
        >
          <title>{`${categories[index]}: ${value}`}</title>
        </rect>
      ))}
    </SvgFrame>
  );
}
