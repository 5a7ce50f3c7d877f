import AxeBuilder from "@axe-core/playwright";
import { randomInt } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";

export const E2E_PASSWORD = "e2e-demo-password";

export const ACCOUNTS = {
  ADMIN: { email: "admin@claimdesk.test", name: "Amira Admin" },
  EDITOR: { email: "editor@claimdesk.test", name: "Elias Editor" },
  FACT_CHECKER: { email: "checker@claimdesk.test", name: "Farah Fact-checker" },
  VIEWER: { email: "viewer@claimdesk.test", name: "Victor Viewer" },
} as const;

/**
 * Every test is its own client address, so the login limits of one test do not spill into the
 * next, as they would not for real people. The server trusts its loopback peer as a reverse
 * proxy (TRUSTED_PROXIES in playwright.config.ts), so the last x-forwarded-for entry is the client.
 */
export const test = base.extend<{ browserProblems: BrowserProblems }>({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": `198.51.100.${randomInt(1, 255)}, 10.${randomInt(0, 255)}.${randomInt(0, 255)}.1` });
  },
  /**
   * A quiet console is part of every walk: a console error, an uncaught page error or a failed
   * request the test did not announce with `browserProblems.allow(...)` fails the test. Contexts
   * the test opens itself are watched too.
   */
  browserProblems: [
    async ({ browser, context }, use) => {
      const problems = new BrowserProblems();
      problems.watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        problems.watch(opened);
        return opened;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
      }
      expect(problems.unexpected(), "browser console errors and failed requests").toEqual([]);
    },
    { auto: true },
  ],
});

/** What the browser complained about during one test, less what the test said to expect. */
export class BrowserProblems {
  private readonly seen: string[] = [];
  private readonly allowed: RegExp[] = [];

  /** Announces a problem the test provokes on purpose (e.g. opening a page that answers 404). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  watch(context: BrowserContext): void {
    context.on("console", (message) => {
      if (message.type() === "error") this.seen.push(`console: ${message.text()} (${message.location().url})`);
    });
    context.on("weberror", (error) => this.seen.push(`page error: ${error.error().message}`));
    context.on("requestfailed", (request) => {
      const reason = request.failure()?.errorText ?? "";
      // Navigating away cancels prefetches and streams in flight: that is the router, not a fault.
      if (reason === "net::ERR_ABORTED") return;
      this.seen.push(`request failed: ${request.method()} ${request.url()} ${reason}`);
    });
  }

  unexpected(): string[] {
    return this.seen.filter((problem) => !this.allowed.some((pattern) => pattern.test(problem)));
  }
}
export { expect };

export async function signIn(page: Page, email: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel(/email|البريد/i).fill(email);
  await page.getByLabel(/password|كلمة المرور/i).fill(password);
  await page.getByRole("button", { name: /sign in|دخول/i }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Switches the UI language with the switcher, as a person would. */
export async function chooseLanguage(page: Page, locale: "en" | "ar"): Promise<void> {
  await page.getByRole("button", { name: locale === "ar" ? "العربية" : "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** axe's serious and critical WCAG 2.1 AA findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Let an in-flight router refresh land first: Next re-streams the <title> with it, and axe
  // would otherwise catch the page between two renders.
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Selects `words` inside the article reader as a mouse would, across highlight boundaries. */
export async function selectInReader(page: Page, words: string): Promise<void> {
  await page.getByTestId("article-reader").evaluate((reader, target) => {
    const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
    const nodes: { node: Node; start: number }[] = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length });
      text += node.textContent ?? "";
    }
    const at = text.indexOf(target);
    if (at === -1) throw new Error(`"${target}" is not in the reader`);
    const locate = (offset: number, end: boolean) => {
      const index = nodes.findIndex((entry, i) => {
        const next = nodes[i + 1]?.start ?? text.length;
        return end ? offset > entry.start && offset <= next : offset >= entry.start && offset < next;
      });
      return { node: nodes[index]!.node, offset: offset - nodes[index]!.start };
    };
    const from = locate(at, false);
    const to = locate(at + target.length, true);
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

/** Imports pasted `text` under `title` from the articles page, as a fact-checker would, and waits for its reader. */
export async function importArticleByPaste(
  page: Page,
  title: string,
  text: string,
  { duplicate = false } = {},
): Promise<void> {
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(text);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  // A copy of an article the desk already has is imported on purpose.
  if (duplicate) await page.getByTestId("duplicate-article").getByRole("button", { name: "Import anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** In an open article, selects `words`, saves them as a claim of `type`, and opens the claim page; returns its URL. */
export async function claimSelection(page: Page, words: string, type: string): Promise<string> {
  await selectInReader(page, words);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption(type);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  await expect(page).toHaveURL(/\/claims\//);
  return page.url();
}

/** Opens an article from the current page's link, then claims `words` as in claimSelection. */
export async function createClaimFromText(
  page: Page,
  articleTitle: string | RegExp,
  words: string,
  type: string,
): Promise<string> {
  await page.getByRole("link", { name: articleTitle }).first().click();
  return claimSelection(page, words, type);
}

/**
 * Claims `quote` in the open article as `type`, made on `claimedOn`, with the killed count when
 * given; back on the claim list after saving. Returns the claim page's address.
 */
export async function claimDated(
  page: Page,
  quote: string,
  type: string,
  claimedOn: string,
  killed?: { min?: string; max?: string },
): Promise<string> {
  await selectInReader(page, quote);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption(type);
  await editor.getByLabel("When it was claimed").fill(claimedOn);
  if (killed?.min !== undefined) await editor.getByLabel("Killed: at least").fill(killed.min);
  if (killed?.max !== undefined) await editor.getByLabel("Killed: at most").fill(killed.max);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  const href = await page.getByTestId("open-claim-page").getAttribute("href");
  await editor.getByRole("button", { name: "Back to all claims" }).click();
  return new URL(href!, page.url()).toString();
}

/** A short connection to the e2e database, for what a spec sets up or checks behind the UI. */
export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
