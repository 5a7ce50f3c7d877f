import { readFile } from "node:fs/promises";
import path from "node:path";

/** The self-hosted Noto faces a report uses, by the short name the public page serves them under. */
export const REPORT_FONT_FILES = {
  "naskh-400": [
    "Noto Naskh Arabic",
    "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2",
    400,
  ],
  "naskh-700": [
    "Noto Naskh Arabic",
    "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2",
    700,
  ],
  "sans-400": ["Noto Sans", "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", 400],
  "sans-700": ["Noto Sans", "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2", 700],
} as const;

export type ReportFontName = keyof typeof REPORT_FONT_FILES;

/** A face's bytes, resolved from the app's root: bundlers turn require.resolve into module ids. */
export function readReportFont(name: ReportFontName): Promise<Buffer> {
  return readFile(path.join(process.cwd(), "node_modules", REPORT_FONT_FILES[name][1]));
}

const face = (family: string, weight: number, src: string) =>
  `@font-face{font-family:"${family}";font-weight:${weight};font-style:normal;src:url(${src}) format("woff2");}`;

let cached: Promise<string> | undefined;

/** @font-face rules with the self-hosted Noto fonts inlined, so reports render Arabic offline. */
export function reportFontCss(): Promise<string> {
  cached ??= (async () => {
    const rules = await Promise.all(
      (Object.keys(REPORT_FONT_FILES) as ReportFontName[]).map(async (name) => {
        const [family, , weight] = REPORT_FONT_FILES[name];
        return face(family, weight, `data:font/woff2;base64,${(await readReportFont(name)).toString("base64")}`);
      }),
    );
    return rules.join("");
  })();
  return cached;
}

/** The same faces by address (the public page): the browser fetches and caches them once for every report. */
export function linkedReportFontCss(urlOf: (name: ReportFontName) => string): string {
  return (Object.keys(REPORT_FONT_FILES) as ReportFontName[])
    .map((name) => face(REPORT_FONT_FILES[name][0], REPORT_FONT_FILES[name][2], urlOf(name)))
    .join("");
}
