/**
 * The text colour for a verdict's name written on the verdict's own colour (reports' badges):
 * white where it reaches WCAG AA (4.5:1) on that colour, else the report's ink, else black. Teams
 * choose their scale's colours, so this is decided per colour, not by a fixed palette.
 */
export const REPORT_INK = "#0f172a";
const WHITE = "#ffffff";
const BLACK = "#000000";
export const AA_NORMAL_TEXT = 4.5;

/** The relative luminance (WCAG 2) of "#rgb" or "#rrggbb"; null for anything else. */
export function relativeLuminance(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number | null {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function verdictTextColor(background: string): string {
  const onWhite = contrastRatio(WHITE, background);
  // A colour we can't read (never stored: label colours are validated) keeps the old white.
  if (onWhite === null) return WHITE;
  if (onWhite >= AA_NORMAL_TEXT) return WHITE;
  return contrastRatio(REPORT_INK, background)! >= AA_NORMAL_TEXT ? REPORT_INK : BLACK;
}
