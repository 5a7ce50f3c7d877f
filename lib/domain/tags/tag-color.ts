import { AA_NORMAL_TEXT, contrastRatio, verdictTextColor } from "@/lib/domain/ratings/verdict-text-color";

/**
 * The palette the tag form offers: each colour carries its name in white at WCAG AA (4.5:1) or more.
 * Any other #rrggbb is accepted when its chip text (white, the report ink or black) reaches AA too.
 */
export const TAG_PALETTE = [
  "#b91c1c",
  "#c2410c",
  "#a16207",
  "#15803d",
  "#0f766e",
  "#0369a1",
  "#1d4ed8",
  "#6d28d9",
  "#a21caf",
  "#be185d",
  "#475569",
  "#1f2937",
] as const;

export const TAG_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

/** The colour stored for what was typed: lower-case #rrggbb, or null when it is not one. */
export function normaliseTagColor(color: string): string | null {
  const value = color.trim().toLowerCase();
  return TAG_COLOR_PATTERN.test(value) ? value : null;
}

/** The text colour of a tag chip on the tag's colour. */
export function tagTextColor(color: string): string {
  return verdictTextColor(color);
}

/** Whether a chip of this colour is readable: its text reaches WCAG AA on it. */
export function isReadableTagColor(color: string): boolean {
  const value = normaliseTagColor(color);
  if (!value) return false;
  return (contrastRatio(tagTextColor(value), value) ?? 0) >= AA_NORMAL_TEXT;
}
