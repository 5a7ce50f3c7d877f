import { ACCOUNTS, expect, selectInReader, seriousViolations, signIn, test } from "./support";

const TITLE_000 = /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/;
const TITLE_002 = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";
const NEGOTIATION_000 = "سعت بدايةً للتفاوض مع زعيم المجموعة، لكنه رفض الامتثال وفتح النار على عناصر الأمن";
const NEGOTIATION_002 =
  "سعت قيادة الأمن الداخلي إلى التفاوض مع المتزعّم لتسليم نفسه طوعاً للجهات المختصة، إلا أنّه رفض، وتحصّن داخل المخيم";

test("a claim checked in one article is recognised in the other: suggested as already checked, linked, its verdict carried over", async ({
  page,
  browserProblems,
}) => {
  // Article 000: the negotiation claim is split out and rated.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: TITLE_000 }).first().click();
  await selectInReader(page, NEGOTIATION_000);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "Mostly true" });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill("The Internal Security commander and SOHR both describe the failed talks.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();

  // Article 002: the same negotiation, in other words, is suggested as already checked.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await page.getByRole("link", { name: TITLE_002 }).first().click();
  // The comparison with earlier work is held, then fails once: the suggestions show meanwhile and stay.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let checks = 0;
  browserProblems.allow(/^request failed: POST .*\/articles\/[0-9a-f-]+ net::ERR_FAILED$/);
  browserProblems.allow(/^console: Failed to load resource: net::ERR_FAILED \(.*\/articles\/[0-9a-f-]+\)$/);
  await page.route(
    (url) => url.pathname.startsWith("/articles/"),
    async (route) => {
      const request = route.request();
      if (request.method() !== "POST" || !request.postData()?.includes('"quotes"')) return route.fallback();
      checks += 1;
      if (checks > 1) return route.fallback();
      await held;
      await route.abort();
    },
  );
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const progress = page.getByRole("progressbar", { name: /^Checking against earlier work: 0 of \d+$/ });
  await expect(progress).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByTestId("suggestion").first()).toBeVisible();
  await expect(page.getByTestId("suggestion-checked")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Accept: / }).first()).toBeEnabled();
  await page.getByTestId("suggestions").screenshot({ path: "test-results/e2e/suggestions-checking.png" });
  release();
  const status = page.getByTestId("checking-status");
  await expect(status).toContainText(
    /Checking against earlier work stopped at 0 of \d+; the suggestions are still here\./,
  );
  await expect(page.getByTestId("suggestion").first()).toBeVisible();
  await status.getByRole("button", { name: "Try checking again" }).click();
  const suggestion = page.getByTestId("suggestion").filter({ hasText: "التفاوض مع المتزعّم" }).first();
  await expect(suggestion.getByTestId("suggestion-checked")).toContainText("Already checked: Mostly true");
  await expect(suggestion.getByTestId("suggestion-checked")).toContainText("سعت بدايةً للتفاوض");
  await expect(suggestion.getByTestId("suggestion-checked").getByTestId("likeness-reasons")).toContainText(
    "similar wording",
  );
  // The suggestions were compared with earlier work batch by batch after they showed; the run says how it ended.
  await expect(status).toHaveText(/^Checked against earlier work: [1-9]\d* of \d+ already checked\.$/);
  expect(checks).toBeGreaterThan(1);
  await page.getByTestId("suggestions").screenshot({ path: "test-results/e2e/suggestions-checked.png" });
  await page.unrouteAll();

  // The fact-checker splits it out, links it as the same claim and carries the verdict over.
  await selectInReader(page, NEGOTIATION_002);
  await page.getByTestId("create-claim-from-selection").click();
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  const similar = page.getByTestId("similar-claims").getByRole("listitem").filter({ hasText: "سعت بدايةً للتفاوض" });
  await expect(similar).toContainText("Mostly true");
  // Why it is listed: the wording of the two reports is close.
  await expect(similar.getByTestId("likeness-reasons")).toContainText("similar wording");
  await similar.getByText("Same claim as this one…").click();
  await similar.getByLabel("Why they are the same").fill("The same failed negotiation, told by both outlets.");
  await expect(similar.getByLabel(/Carry over its verdict \(Mostly true\)/)).toBeChecked();
  await similar.getByRole("button", { name: "Link as the same claim" }).click();

  const banner = page.getByTestId("same-as");
  await expect(banner).toContainText("سعت بدايةً للتفاوض");
  await expect(banner).toContainText("The same failed negotiation, told by both outlets.");
  await expect(rating.getByLabel("Verdict").locator("option:checked")).toHaveText("Mostly true");
  await expect(rating.getByLabel("Rationale")).toHaveValue(
    /^The same failed negotiation, told by both outlets\.\n\nThe Internal Security commander/,
  );
  await expect(page.getByTestId("history")).toContainText("linked it as the same claim as another");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/same-claim.png", fullPage: true });

  // The checked claim shows where it was reused, with the same verdict.
  await banner.getByRole("link", { name: /سعت بدايةً للتفاوض/ }).click();
  const repeats = page.getByTestId("claim-repeats").getByRole("listitem");
  await expect(repeats).toHaveCount(1);
  await expect(repeats).toContainText("سعت قيادة الأمن الداخلي إلى التفاوض");
  await expect(repeats).toContainText("Mostly true");
  await expect(repeats).not.toContainText("Verdict differs");
});
