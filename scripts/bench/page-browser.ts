/**
 * The browser side of the page benchmark, in Debian's Chromium: signing in through the real
 * login form, first-load JS of a page (gzipped, as transferred), and Lighthouse's desktop run.
 */
import { chromium, type Browser } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium floods the closed network (as in playwright.config.ts).
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

/** Signs in as a person would and returns the session as a Cookie header. */
export async function signInWithBrowser(base: string, email: string, password: string): Promise<string> {
  return withBrowser(async (browser) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel(/email/i).fill(email);
    await page.getByLabel(/password/i).fill(password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await page.waitForURL(`${base}/`, { timeout: 60_000 });
    const cookies = await context.cookies(base);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  });
}

/** Bytes of JavaScript the page loads before it settles, as transferred (gzipped by next start). */
export async function firstLoadJs(url: string, cookie: string): Promise<number> {
  return withBrowser(async (browser) => {
    const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: cookie ? { cookie } : {} });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((size) => size.responseBodySize));
    });
    const response = await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForLoadState("networkidle", { timeout: 60_000 });
    // On a busy machine hydration can start a lazy chunk after the network went idle: settle
    // until no new script has been asked for in two seconds (at most 20 s).
    for (let seen = -1, waited = 0; seen !== sizes.length && waited < 20_000; waited += 2_000) {
      seen = sizes.length;
      await page.waitForTimeout(2_000);
    }
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  });
}

export interface LighthouseScore {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse 12's desktop preset, performance only, signed in through the Cookie header. */
export async function lighthouseDesktop(url: string, cookie: string): Promise<LighthouseScore> {
  const chromeLauncher = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", ...FLAGS],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: cookie ? { Cookie: cookie } : {},
      },
      desktopConfig,
    );
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: audit("largest-contentful-paint"),
      tbtMs: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
    };
  } finally {
    chrome.kill();
  }
}
