import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
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

// Issue 16, points 5 and 9: capture states that tell the truth, a re-import offered as the existing
// article, and a new source added from "Cite a source" on a claim, in English and in Arabic.
const FIXTURE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`;
const SHOTS = "test-results/screenshots";

/** Adds a source by URL from the sources page; lands on its page. */
async function addSource(page: Page, url: string): Promise<void> {
  await page.goto("/sources");
  await page.getByRole("button", { name: "Add source" }).click();
  const form = page.getByTestId("source-form");
  await form.getByLabel("Web address").fill(url);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Source added. Capturing the page…")).toBeVisible();
}

/** Pastes an article of the test's own and opens it. */
test("capture states: failed with its reason, unreachable (not gone), gone after a captured page answers 404 — in English and Arabic", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const badge = page.getByTestId("capture-status").getByTestId("capture-health");

  // A server error: failed, with the status it answered.
  await addSource(page, `${FIXTURE}/broken`);
  await expect(badge).toHaveAttribute("data-health", "FAILED", { timeout: 20_000 });
  await expect(badge).toHaveAttribute("data-reason", "SERVER_ERROR");
  await expect(badge).toHaveText("Capture failed: the site answered 500 (server error)");
  await expect(page.getByTestId("capture-job")).toHaveCount(0);
  const brokenUrl = page.url();

  // A host that does not exist was never fetched: unreachable, to be tried again, never "gone".
  await addSource(page, `http://claimdesk-e2e-${randomUUID().slice(0, 8)}.invalid/statement`);
  await expect(badge).toHaveAttribute("data-health", "UNREACHABLE", { timeout: 20_000 });
  await expect(badge).toHaveText("Unreachable: the site's name was not found (will try again)");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/capture-unreachable-en.png`, fullPage: true });
  const unreachableUrl = page.url();

  // A page captured once that then answers 404: gone.
  const slug = `gone-${randomUUID().slice(0, 8)}`;
  await addSource(page, `${FIXTURE}/page/${slug}`);
  await expect(badge).toHaveAttribute("data-health", "INTACT", { timeout: 20_000 });
  await expect(badge).toHaveText("Captured, unchanged");
  expect((await page.request.get(`${FIXTURE}/page/${slug}/remove`)).ok()).toBe(true);
  await page.getByRole("button", { name: "Capture again" }).click();
  await expect(badge).toHaveAttribute("data-health", "GONE", { timeout: 20_000 });
  await expect(badge).toHaveText("Gone");
  const goneUrl = page.url();

  // The list shows each state too.
  await page.goto("/sources");
  await expect(page.getByTestId("capture-health").filter({ hasText: "Unreachable" }).first()).toBeVisible();

  // In Arabic, the same states and reasons.
  await chooseLanguage(page, "ar");
  await page.goto(brokenUrl);
  await expect(badge).toHaveText("تعذّر الحفظ: ردّ الموقع بالرمز 500 (خطأ في الخادم)");
  await page.goto(goneUrl);
  await expect(badge).toHaveText("اختفت");
  await page.goto(unreachableUrl);
  await expect(badge).toHaveText("تعذّر الوصول: لم يُعثر على اسم الموقع (ستُعاد المحاولة لاحقًا)");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/capture-unreachable-ar.png`, fullPage: true });
  await chooseLanguage(page, "en");
});

test("re-importing the same text offers the existing article (open it, or import anyway) — in English and Arabic", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const stamp = randomUUID().slice(0, 8);
  const title = `Duplicate walk ${stamp}`;
  const text = `The ministry said the crossing ${stamp} reopened on Monday.\n\nAid convoys were waiting on both sides.`;
  await importArticleByPaste(page, title, text);
  const original = page.url();

  // The same text again, its lines ending differently: the existing article is offered, nothing is created.
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(text.replaceAll("\n\n", "\r\n\r\n\r\n"));
  await page.getByRole("button", { name: "Import" }).click();
  const duplicate = page.getByTestId("duplicate-article");
  await expect(duplicate).toContainText(
    `This article is already in ClaimDesk. The same text was imported as “${title}”.`,
  );
  const open = duplicate.getByRole("link", { name: "Open it" });
  await expect(open).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/duplicate-article-en.png`, fullPage: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(original);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // In Arabic: the offer reads right to left; "import anyway" creates a second copy.
  await chooseLanguage(page, "ar");
  await page.goto("/articles/new");
  await page.getByLabel("نص المقال").fill(text);
  await page.getByRole("button", { name: "استيراد", exact: true }).click();
  await expect(duplicate).toContainText("هذا المقال موجود في ClaimDesk بالفعل.");
  await expect(duplicate.getByRole("link", { name: "افتحه" })).toHaveAttribute("href", new URL(original).pathname);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/duplicate-article-ar.png`, fullPage: true });
  await duplicate.getByRole("button", { name: "استورده رغم ذلك" }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(original);
  // Untitled this time, the copy takes its first line as its title.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `The ministry said the crossing ${stamp} reopened on Monday.`,
  );
  await chooseLanguage(page, "en");
});

test("a new source is added from 'Cite a source' on a claim, by keyboard, and cited — in English and Arabic", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const stamp = randomUUID().slice(0, 8);
  const title = `Inline source walk ${stamp}`;
  const quote = `The observatory reported three wounded near crossing ${stamp}`;
  await importArticleByPaste(page, title, `${quote} on Sunday. Officials gave no figure.`);
  await claimSelection(page, quote, "CASUALTY_REPORT");

  // Keyboard only from the "New source…" button: the address, Enter, then on to the stance.
  await page.getByRole("button", { name: "Cite a source" }).click();
  const panel = page.getByTestId("attach-evidence");
  await panel.getByRole("button", { name: "New source…" }).focus();
  await page.keyboard.press("Enter");
  const inline = panel.getByTestId("new-source-inline");
  await expect(inline.getByLabel("Web address")).toBeFocused();
  // A bad address is refused in place, with the reason.
  await page.keyboard.type("ftp://example.com/file");
  await page.keyboard.press("Enter");
  await expect(inline.getByText("Only http:// and https:// links can be fetched.")).toBeVisible();
  await inline.getByLabel("Web address").fill(`${FIXTURE}/page/inline-${stamp}`);
  await inline.getByLabel("Web address").focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByTestId("chosen-source")).toContainText(`${FIXTURE}/page/inline-${stamp}`);
  await expect(panel.getByTestId("chosen-source")).toContainText("Added to the library and chosen");
  await expect(panel.getByLabel("Stance")).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/inline-source-en.png`, fullPage: true });
  await page.keyboard.press("ArrowDown"); // Supports → Refutes
  await panel.getByLabel("Relevant passage").fill("Officials gave no figure");
  await panel.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByText("Source cited.")).toBeVisible();
  await expect(page.getByTestId("evidence-REFUTES").getByTestId("evidence-item")).toHaveCount(1);
  // The page it was captured from, named by the capture (or still on its way).
  await expect(page.getByTestId("evidence-REFUTES").getByTestId("capture-health")).toHaveAttribute(
    "data-health",
    /CAPTURING|INTACT/,
  );

  // In Arabic, the same from the button; the address already in the library chooses that source.
  // The English "Source cited." does not stay on the Arabic page.
  await chooseLanguage(page, "ar");
  await expect(page.getByText("Source cited.")).toHaveCount(0);
  await page.getByRole("button", { name: "استشهد بمصدر" }).click();
  await panel.getByRole("button", { name: "مصدر جديد…" }).click();
  await expect(inline.getByRole("heading")).toHaveText("مصدر ليس في المكتبة بعد");
  await inline.getByLabel("الرابط").fill(`${FIXTURE}/page/inline-ar-${stamp}`);
  await inline.getByRole("button", { name: "أضِفه واختره" }).click();
  await expect(panel.getByTestId("chosen-source")).toContainText("أُضيف إلى المكتبة واختير");
  await expect(panel.locator('select[name="stance"]')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/inline-source-ar.png`, fullPage: true });
  await panel.getByRole("button", { name: "حفظ الاستشهاد" }).click();
  await expect(page.getByTestId("evidence-SUPPORTS").getByTestId("evidence-item")).toHaveCount(1);
  await expect(page.getByText("تم الاستشهاد بالمصدر.")).toBeVisible();
  await chooseLanguage(page, "en");
});
