import { existsSync } from "node:fs";
import { run } from "./processes";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const INSTALL_HINT =
  "install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary";

/** CHROMIUM_PATH, else Debian's package; null when neither is there. */
export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist: ${INSTALL_HINT}.`);
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/**
 * Finds Chromium (PDF reports, browser tests), installing Debian's package with apt when it
 * is missing and we are root. Playwright cannot download its own browsers here.
 * `purpose` ends the sentence "Chromium is needed for …".
 */
export async function ensureChromium(purpose: string): Promise<string> {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error(`Chromium is needed for ${purpose}: ${INSTALL_HINT}.`);
  console.log(`Installing Debian's chromium for ${purpose}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    await run("apt-get", ["update", "-qq"], { env });
    await run("apt-get", ["install", "-y", "-qq", "chromium"], { env });
  } catch (error) {
    throw new Error(
      `Chromium is needed for ${purpose}, and apt-get could not install it (${error instanceof Error ? error.message : error}): ${INSTALL_HINT}.`,
    );
  }
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error("apt-get installed chromium, but /usr/bin/chromium is missing.");
  return DEBIAN_CHROMIUM;
}
