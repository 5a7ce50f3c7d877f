import localFont from "next/font/local";

/*
 * Noto Naskh Arabic's Arabic letters through next/font, so the server announces them (a Link preload header) before
 * the HTML arrives. Loaded only by the @fontsource CSS they came after the first paint: an Arabic article was drawn
 * in a fallback face and then re-flowed (the reader's 100 KB text ~3,000 px shorter), most of the reader's layout
 * shift. Its other subsets and Noto Sans still come from the @fontsource CSS in app/layout.tsx, next in the font
 * stacks of globals.css. Preloading Noto Sans's Latin too measured no better (it competes with the page's CSS).
 * next/font takes literal options only.
 */

export const naskhArabic = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2",
      weight: "400",
    },
    {
      path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-600-normal.woff2",
      weight: "600",
    },
  ],
  variable: "--font-naskh-arabic",
  display: "swap",
  adjustFontFallback: false,
  // @fontsource's range for the subset, so other text never falls to this face.
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC",
    },
  ],
});
