import { existsSync } from "node:fs";
import { AppError } from "@/lib/errors";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function configuredPath(): string {
  return process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

/** Whether PDFs can be made on this server (the export panel says what to install when not). */
export function chromiumAvailable(): boolean {
  // The path is the machine's, not the project's: keep the bundler from tracing files for it.
  return existsSync(/* turbopackIgnore: true */ configuredPath());
}

/** Chromium for PDFs: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = configuredPath();
  if (!chromiumAvailable()) {
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
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
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
