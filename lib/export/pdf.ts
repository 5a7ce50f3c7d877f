import { existsSync } from "node:fs";
import { AppError } from "@/lib/errors";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Chromium for PDFs: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  // The path is the machine's, not the project's: keep the bundler from tracing files for it.
  if (!existsSync(/* turbopackIgnore: true */ path)) {
    throw new AppError("BAD_INPUT", `Chromium not found at ${path}`, { reason: "noChromium" });
  }
  return path;
}

/**
 * Renders report HTML to PDF with headless Chromium (through playwright-core). The page has
 * no network: everything, fonts included, is in the HTML.
 */
export async function renderPdf(html: string): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready).catch(() => undefined);
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
