import { readFile } from "node:fs/promises";
import path from "node:path";

let cached: Promise<string> | undefined;

/** @font-face rules with the self-hosted Noto fonts inlined, so reports render Arabic offline. */
export function reportFontCss(): Promise<string> {
  cached ??= (async () => {
    const faces = [
      ["Noto Naskh Arabic", "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", 400],
      ["Noto Naskh Arabic", "@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2", 700],
      ["Noto Sans", "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2", 400],
      ["Noto Sans", "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2", 700],
    ] as const;
    const rules = await Promise.all(
      faces.map(async ([family, file, weight]) => {
        // Resolved from the app's root: bundlers turn require.resolve into module ids.
        const data = (await readFile(path.join(process.cwd(), "node_modules", file))).toString("base64");
        return `@font-face{font-family:"${family}";font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format("woff2");}`;
      }),
    );
    return rules.join("");
  })();
  return cached;
}
