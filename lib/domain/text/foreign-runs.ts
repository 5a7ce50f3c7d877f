import type { Direction } from "@/lib/domain/articles/detect-language";

/** A stretch of a paragraph written in the other direction's script, [start, end). */
export interface ForeignRun {
  start: number;
  end: number;
  dir: Direction;
}

const OPEN = [0x28, 0x5b, 0x7b]; // ( [ {
const CLOSE = [0x29, 0x5d, 0x7d]; // ) ] }
/** Marks that belong to the word after them: a handle, a hashtag, a currency, an opening quote. */
const LEADING_MARKS = new Set([0x40, 0x23, 0x24, 0x20ac, 0xa3, 0x22, 0x27, 0x201c, 0x2018, 0xab, ...OPEN]);

/**
 * The stretches of `paragraph` written in the script of the other direction, each to be laid out
 * as an isolated run ("(@YenNews1) October 22, 2025" at the end of an Arabic line): without
 * isolation the bidi algorithm hands the neutral characters at its edges (brackets, "@", the
 * final full stop) to the paragraph's direction and they land on the wrong side. A run is a
 * stretch with no letter of the paragraph's own script and at least one of the other's, less
 * the spaces and separators at its edges and any bracket it does not close. Linear in the text.
 */
export function foreignRuns(paragraph: string, direction: Direction): ForeignRun[] {
  const own = direction === "rtl" ? isRtlLetter : isLtrLetter;
  const foreign = direction === "rtl" ? isLtrLetter : isRtlLetter;
  const dir: Direction = direction === "rtl" ? "ltr" : "rtl";
  const runs: ForeignRun[] = [];
  let start = 0;
  let hasForeign = false;
  const close = (end: number) => {
    if (hasForeign) {
      const run = trim(paragraph, start, end, end < paragraph.length, foreign);
      if (run) runs.push({ ...run, dir });
    }
  };
  for (let index = 0; index < paragraph.length; index++) {
    const code = paragraph.charCodeAt(index);
    if (own(code)) {
      close(index);
      start = index + 1;
      hasForeign = false;
    } else if (!hasForeign && foreign(code)) hasForeign = true;
  }
  close(paragraph.length);
  return runs;
}

/**
 * Narrows [from, to) to the run proper. A run that the paragraph's own script follows ends at its
 * last foreign letter or the bracket closing it (a figure or comma there reads with what follows);
 * one that ends the paragraph keeps its full stop and trailing figures ("October 22, 2025").
 * Each step drops one character from an edge, so the whole trim is linear in the run.
 */
function trim(
  text: string,
  from: number,
  to: number,
  followed: boolean,
  foreign: (code: number) => boolean,
): { start: number; end: number } | null {
  const opened = [0, 0, 0];
  const closed = [0, 0, 0];
  for (let index = from; index < to; index++) count(text.charCodeAt(index), 1);
  function count(code: number, by: number): void {
    const open = OPEN.indexOf(code);
    if (open >= 0) opened[open]! += by;
    const close = CLOSE.indexOf(code);
    if (close >= 0) closed[close]! += by;
  }
  let start = from;
  let end = to;
  while (start < end) {
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    const lastClose = CLOSE.indexOf(last);
    const firstOpen = OPEN.indexOf(first);
    const trailing = isSpace(last) || (followed && lastClose < 0 && !foreign(last));
    // A bracket opened outside the run, or left open inside it, belongs to the surrounding text.
    const strayClose = lastClose >= 0 && opened[lastClose]! < closed[lastClose]!;
    const strayOpen = firstOpen >= 0 && closed[firstOpen]! < opened[firstOpen]!;
    if (!startsWord(first) || strayOpen) count(text.charCodeAt(start++), -1);
    else if (trailing || strayClose) count(text.charCodeAt(--end), -1);
    else break;
  }
  return start < end ? { start, end } : null;
}

function startsWord(code: number): boolean {
  return isLtrLetter(code) || isRtlLetter(code) || isDigit(code) || LEADING_MARKS.has(code);
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

function isRtlLetter(code: number): boolean {
  return (code >= 0x0590 && code <= 0x08ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);
}

function isLtrLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x4ff)
  );
}
