import { randomInt } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import {
  ACCOUNTS,
  chooseLanguage,
  claimSelection,
  expect,
  importArticleByPaste,
  seriousViolations,
  signIn,
  test,
} from "./support";

const OUT = "test-results/e2e/embeds";
const TEXT =
  "قال وزير الصحة إن عدد الضحايا بلغ خمسين شخصاً في القصف الأخير. ونفت الحكومة ذلك في بيان رسمي صدر مساء الخميس.";
const QUOTE = "قال وزير الصحة إن عدد الضحايا بلغ خمسين شخصاً في القصف الأخير";

/**
 * Another site that embeds the card: a page of its own origin (another port on this machine; the
 * browser refuses a public page framing a loopback address, as it should).
 */
async function serveCmsPage(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    if (request.url !== "/story") return void response.writeHead(204).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/story`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Rates the open claim page's claim False (as the fact-checker would). */
async function rate(page: Page): Promise<void> {
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "False" });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill("The ministry's own figures say otherwise.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
}

/** The editor who rated it submits; the admin (a second pair of eyes) approves and publishes (as in reports.spec.ts). */
async function publishClaim(page: Page, claimUrl: string, browser: Browser): Promise<void> {
  await page.goto(claimUrl);
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");
  const adminContext = await browser.newContext({ baseURL: new URL(claimUrl).origin });
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.ADMIN.email);
  await admin.goto(claimUrl);
  const adminWorkflow = admin.getByTestId("workflow-panel");
  await adminWorkflow.getByRole("button", { name: "Approve" }).click();
  await adminWorkflow.getByLabel("Note").fill("Second pair of eyes: checked.");
  await adminWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(adminWorkflow.getByTestId("claim-status")).toHaveText("Approved");
  await adminWorkflow.getByRole("button", { name: "Publish" }).click();
  await adminWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(adminWorkflow.getByTestId("claim-status")).toHaveText("Published");
  await adminContext.close();
}

test("a published Arabic claim embeds on another site: card right to left in an iframe, oEmbed, public page and team feed", async ({
  page,
  browser,
  browserProblems,
}) => {
  test.setTimeout(180_000);
  // The card's frame is sandboxed without scripts: Chrome reports each script Playwright tries to run there.
  browserProblems.allow(/Blocked script execution in '[^']+\/embed' because the document's frame is sandboxed/);
  mkdirSync(OUT, { recursive: true });
  await signIn(page, ACCOUNTS.EDITOR.email);
  const origin = new URL(page.url()).origin;
  const title = `تضمين ادعاء ${randomInt(1e9)}`;
  await importArticleByPaste(page, title, TEXT);
  const articleUrl = page.url();
  const claimUrl = await claimSelection(page, QUOTE, "CASUALTY_REPORT");
  await rate(page);
  await publishClaim(page, claimUrl, browser);

  // Published, but its article has no public link yet: the claim page says it is not public.
  await page.goto(claimUrl);
  await expect(page.getByTestId("claim-embed")).toContainText("published but not public");

  await page.goto(articleUrl);
  const panel = page.getByTestId("export-panel");
  await panel.getByText("Export report").click();
  await panel.getByRole("button", { name: "Publish a public link" }).click();
  const reportHref = (await panel.getByTestId("public-report-link").getAttribute("href"))!;

  // Now the claim page offers its public link and embed code to copy.
  await page.goto(claimUrl);
  const section = page.getByTestId("claim-embed");
  const publicUrl = await section.getByTestId("claim-public-link").inputValue();
  const snippet = await section.getByTestId("claim-embed-code").inputValue();
  const claimId = new URL(claimUrl).pathname.split("/").at(-1)!;
  expect(publicUrl).toMatch(new RegExp(`/r/[A-Za-z0-9_-]{43}/claims/${claimId}$`));
  expect(snippet).toMatch(/^<iframe src="[^"]+\/embed" width="480" height="280"/);
  expect(await seriousViolations(page)).toEqual([]);
  await section.screenshot({ path: `${OUT}/claim-embed-section-en.png` });
  await chooseLanguage(page, "ar");
  await expect(section).toHaveAttribute("data-testid", "claim-embed");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await seriousViolations(page)).toEqual([]);
  await section.screenshot({ path: `${OUT}/claim-embed-section-ar.png` });
  await chooseLanguage(page, "en");

  // oEmbed: a CMS given the public link gets the card; only JSON, only this server's public claims.
  const anonymous = await browser.newContext({ baseURL: origin });
  const oEmbed = await anonymous.request.get(
    `/api/oembed?url=${encodeURIComponent(publicUrl)}&format=json&maxwidth=400`,
  );
  expect(oEmbed.status()).toBe(200);
  const answer = (await oEmbed.json()) as { type: string; html: string; width: number; provider_name: string };
  expect(answer).toMatchObject({ type: "rich", version: "1.0", provider_name: "ClaimDesk", width: 400 });
  const embedUrl = /src="([^"]+)"/.exec(answer.html)![1]!;
  expect((await anonymous.request.get(`/api/oembed?url=${encodeURIComponent(publicUrl)}&format=xml`)).status()).toBe(
    501,
  );
  expect(
    (await anonymous.request.get(`/api/oembed?url=${encodeURIComponent("https://evil.example/r/x")}`)).status(),
  ).toBe(404);

  // The public claim page: discovery, no framing; the card: framable by anyone, no scripts.
  const claimPage = await anonymous.request.get(publicUrl);
  expect(claimPage.headers()["x-frame-options"]).toBe("DENY");
  expect(await claimPage.text()).toContain('type="application/json+oembed"');
  const card = await anonymous.request.get(embedUrl);
  expect(card.headers()["x-frame-options"]).toBeUndefined();
  expect(card.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(card.headers()["content-security-policy"]).not.toContain("script-src");
  expect(card.headers()["set-cookie"]).toBeUndefined();

  const cms = await serveCmsPage(
    `<!doctype html><html lang="en"><head><title>A news site</title></head><body><main><h1>A story</h1>${answer.html}</main></body></html>`,
  );
  for (const locale of ["ar", "en"] as const) {
    const readers = await browser.newContext({ baseURL: origin, locale });
    const reader = await readers.newPage();
    // Another site's article with the card in it.
    await reader.goto(cms.url);
    const frame = reader.frameLocator("iframe");
    await expect(frame.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(frame.locator("html")).toHaveAttribute("lang", locale);
    // The statement reads right to left whatever the reader's language.
    await expect(frame.locator("blockquote")).toHaveAttribute("dir", "rtl");
    await expect(frame.locator("blockquote")).toHaveText(QUOTE);
    await expect(frame.getByText(locale === "ar" ? "خاطئ" : "False", { exact: true })).toBeVisible();
    const more = frame.getByRole("link", { name: locale === "ar" ? "اقرأ التحقق كاملًا" : "Read the full fact check" });
    await expect(more).toHaveAttribute("target", "_blank");
    await expect(more).toHaveAttribute("rel", "noopener");
    await reader.locator("iframe").screenshot({ path: `${OUT}/embed-card-${locale}.png` });
    // axe cannot run inside the sandboxed frame (no scripts may run there, axe's neither): the card on its own.
    await reader.goto(embedUrl);
    await expect(reader.locator("blockquote")).toHaveText(QUOTE);
    expect(await seriousViolations(reader)).toEqual([]);

    // The public claim page, in the visitor's language.
    await reader.goto(publicUrl);
    await expect(reader.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(reader.locator(`#claim-${claimId}`)).toBeVisible();
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.screenshot({ path: `${OUT}/public-claim-${locale}.png`, fullPage: true });
    await readers.close();
  }

  await cms.close();

  // The article's public report links the claim to its page.
  const report = await (await anonymous.request.get(reportHref)).text();
  expect(report).toContain(`/claims/${claimId}"`);

  // The team feed: an admin makes a feed link on the team page; the claim is in it, newest first.
  const adminContext = await browser.newContext({ baseURL: origin });
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.ADMIN.email);
  await admin.goto("/team");
  const feeds = admin.getByTestId("feed-links");
  await expect(feeds).toContainText("Publishing a claim does not make it public by itself");
  await feeds.getByTestId("feed-create").click();
  const feedUrl = await feeds.getByTestId("feed-json-url").first().inputValue();
  const feed = await anonymous.request.get(feedUrl);
  expect(feed.headers()["content-type"]).toContain("application/feed+json");
  const items = ((await feed.json()) as { items: { url: string; title: string }[] }).items;
  expect(items[0]).toMatchObject({ url: publicUrl, title: QUOTE });
  const claimReviewUrl = await feeds.getByTestId("feed-claimreview-url").first().inputValue();
  const reviews = (await (await anonymous.request.get(claimReviewUrl)).json()) as { url: string }[];
  expect(reviews[0]).toMatchObject({ "@type": "ClaimReview", url: publicUrl });
  await feeds.screenshot({ path: `${OUT}/team-feed-en.png` });
  await chooseLanguage(admin, "ar");
  await expect(feeds).toContainText("النشر وحده لا يجعل الادعاء علنيًا");
  expect(await seriousViolations(admin)).toEqual([]);
  await feeds.screenshot({ path: `${OUT}/team-feed-ar.png` });
  await chooseLanguage(admin, "en");
  // Revoked: the feed is gone at once.
  admin.once("dialog", (dialog) => void dialog.accept());
  await feeds.getByRole("button", { name: "Revoke" }).first().click();
  await expect(feeds.locator(`input[value="${feedUrl}"]`)).toHaveCount(0);
  expect((await anonymous.request.get(feedUrl)).status()).toBe(404);
  await adminContext.close();
  await anonymous.close();
});
