import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { ACCOUNTS, chooseLanguage, E2E_PASSWORD, expect, seriousViolations, signIn, test } from "./support";

const SHOTS = "test-results/screenshots";
const FIXTURE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`;

/** The bookmarklet's address as the articles page offers it (set after hydration). */
async function bookmarkletFromArticlesPage(page: Page): Promise<string> {
  await page.goto("/");
  const link = page.getByTestId("bookmarklet");
  await expect(link).toHaveAttribute("href", /^javascript:/);
  return (await link.getAttribute("href"))!;
}

/** Selects, in a page of the fixture site, the text from `from` to `to` (across paragraphs), as a mouse would. */
async function selectAcross(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ({ start, end }) => {
      const find = (words: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(words);
          if (at !== -1) return { node, at };
        }
        throw new Error(`"${words}" is not on the page`);
      };
      const first = find(start);
      const last = find(end);
      const range = document.createRange();
      range.setStart(first.node, first.at);
      range.setEnd(last.node, last.at + end.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return String(getSelection());
    },
    { start: from, end: to },
  );
}

test("a passage selected on a news page comes in through the bookmarklet, sign-in included, and becomes a claim", async ({
  page,
  browser,
  browserProblems,
}) => {
  // The fixture site has no icon; the browser asks for one when the news page opens.
  browserProblems.allow(/favicon\.ico/);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const bookmarklet = await bookmarkletFromArticlesPage(page);
  const box = page.getByTestId("send-to-claimdesk");
  await expect(box).toContainText("Drag this button to your browser's bookmarks bar");
  // Clicking it on ClaimDesk itself runs nothing.
  await page.getByTestId("bookmarklet").click();
  await expect(page).toHaveURL(/\/$/);
  await box.screenshot({ path: `${SHOTS}/bookmarklet-box-en.png` });

  // Someone signed out reads a news article, selects a passage spanning two paragraphs and clicks the bookmark.
  const reader = await browser.newContext();
  const news = await reader.newPage();
  const slug = `bookmarklet-${randomUUID().slice(0, 8)}`;
  await news.goto(`${FIXTURE}/page/${slug}`);
  const selection = await selectAcross(news, "long enough to be kept", "continued overnight");
  expect(selection).toMatch(/main text\.\s*\n\s*Officials/);
  const opened = reader.waitForEvent("page");
  await news.evaluate(decodeURIComponent(bookmarklet.slice("javascript:".length)));
  const claimDesk = await opened;

  // Sign in first, then back to the import page with everything the bookmarklet sent.
  await expect(claimDesk).toHaveURL(/\/login\?callbackUrl=%2Farticles%2Fnew%3F/);
  await claimDesk.getByLabel(/email/i).fill(ACCOUNTS.FACT_CHECKER.email);
  await claimDesk.getByLabel(/password/i).fill(E2E_PASSWORD);
  await claimDesk.getByRole("button", { name: /sign in/i }).click();
  await expect(claimDesk).toHaveURL(/\/articles\/new\?url=/);
  await expect(claimDesk.getByRole("radio", { name: "Fetch a link" })).toBeChecked();
  await expect(claimDesk.getByLabel("Link to the article")).toHaveValue(`${FIXTURE}/page/${slug}`);
  await expect(claimDesk.getByLabel("Title")).toHaveValue(`Fixture page ${slug}`);
  const quote = claimDesk.getByTestId("sent-quote");
  await expect(quote).toContainText("This passage will become the first claim:");
  await expect(quote.locator("blockquote")).toHaveAttribute("dir", "auto");
  await expect(quote.locator("blockquote")).toContainText("long enough to be kept as the page's main text.");
  expect(await seriousViolations(claimDesk)).toEqual([]);
  await claimDesk.screenshot({ path: `${SHOTS}/bookmarklet-import-en.png`, fullPage: true });

  // Confirm: the article is fetched and the passage, found despite the browser's line breaks, is its first claim.
  await claimDesk.getByRole("button", { name: "Import and create the claim" }).click();
  await expect(claimDesk).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  await expect(claimDesk.getByRole("heading", { level: 1, name: `Fixture page ${slug}` })).toBeVisible();
  const marks = claimDesk.getByTestId("article-reader").locator("mark[data-claim-id]");
  await expect(marks.first()).toBeVisible();
  const highlighted = (await marks.allTextContents()).join(" ").replace(/\s+/g, " ");
  expect(highlighted).toBe(
    "long enough to be kept as the page's main text. Officials said the operation continued overnight",
  );
  await expect(claimDesk.getByTestId("claims-list").getByRole("listitem")).toHaveCount(1);
  await expect(claimDesk.getByTestId("sent-quote-notice")).toHaveCount(0);
  await reader.close();
});

test("a passage ClaimDesk cannot find still imports the article, and the reader says so", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const slug = `bookmarklet-missing-${randomUUID().slice(0, 8)}`;
  const query = new URLSearchParams({ url: `${FIXTURE}/page/${slug}`, quote: "A sentence this page never had." });
  await page.goto(`/articles/new?${query}`);
  await page.getByRole("button", { name: "Import and create the claim" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}\?sent=quoteNotFound$/);
  await expect(page.getByTestId("sent-quote-notice")).toContainText(
    "the passage you selected was not found in the text ClaimDesk extracted from the page",
  );
  await expect(page.getByRole("heading", { level: 1, name: `Fixture page ${slug}` })).toBeVisible();
  await expect(page.getByTestId("article-reader").locator("mark[data-claim-id]")).toHaveCount(0);
});

test("in Arabic the box and the pre-filled import read right to left, the quote in its own direction", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await chooseLanguage(page, "ar");
  await bookmarkletFromArticlesPage(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("bookmarklet")).toHaveText("أرسل إلى ClaimDesk");
  await page.getByTestId("send-to-claimdesk").screenshot({ path: `${SHOTS}/bookmarklet-box-ar.png` });

  const query = new URLSearchParams({
    url: `${FIXTURE}/ultra-syria/harem-camp`,
    title: "مقتل وجرحى في محيط مخيم حارم",
    quote: "أفادت مصادر محلية بسقوط قتلى وجرحى في صفوف المقاتلين الفرنسيين",
  });
  await page.goto(`/articles/new?${query}`);
  await expect(page.getByTestId("sent-quote")).toContainText("سيصبح هذا المقطع أول ادعاء:");
  await expect(page.getByRole("radio", { name: "جلب رابط" })).toBeChecked();
  await expect(page.getByRole("button", { name: "استورد وأنشئ الادعاء" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/bookmarklet-import-ar.png`, fullPage: true });
});

test("what cannot be used is left out with a note, and a viewer is told they cannot import", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const hostile = new URLSearchParams({ url: "javascript:alert(1)", quote: "Officials said" });
  await page.goto(`/articles/new?${hostile}`);
  await expect(page.getByTestId("sent-ignored")).toContainText("the page address (only http and https links)");
  await expect(page.getByRole("radio", { name: "Paste text" })).toBeChecked();
  await expect(page.getByTestId("sent-quote")).toContainText("Officials said");

  await page.context().clearCookies();
  await signIn(page, ACCOUNTS.VIEWER.email);
  await page.goto(`/articles/new?${new URLSearchParams({ url: `${FIXTURE}/page/viewer`, quote: "Officials" })}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot import articles");
  await expect(page.getByTestId("cannot-import")).toContainText("Your role (Viewer)");
  await expect(page.getByTestId("import-article-form")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("send-to-claimdesk")).toHaveCount(0);
});
