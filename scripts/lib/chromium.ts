import { existsSync } from "node:fs";
import { run } from "./processes";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Finds Chromium for the browser tests: CHROMIUM_PATH, else Debian's package, installed
 * with apt when missing and we are root. Playwright cannot download its own browsers here.
 */
export async function ensureChromium(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "Chromium is needed for the end-to-end tests. Install Debian's package (sudo apt-get install chromium) " +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], { env });
  await run("apt-get", ["install", "-y", "-qq", "chromium"], { env });
  if (!existsSync(DEBIAN_CHROMIUM)) throw new Error("apt-get installed chromium, but /usr/bin/chromium is missing.");
  return DEBIAN_CHROMIUM;
}
