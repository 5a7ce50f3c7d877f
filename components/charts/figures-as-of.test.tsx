import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { FiguresAsOf } from "./figures-as-of";

function render(locale: "en" | "ar") {
  const onError = vi.fn();
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : ar} timeZone="UTC" onError={onError}>
      <FiguresAsOf asOf="2026-11-30T02:15:00.000Z" now="2026-11-30T02:18:00.000Z" />
    </NextIntlClientProvider>,
  );
  return { html, onError };
}

describe("FiguresAsOf", () => {
  it("says when the figures were counted, absolutely and relatively to the view's own time, in English", () => {
    const { html, onError } = render("en");
    expect(html).toContain('<time dateTime="2026-11-30T02:15:00.000Z">Nov 30, 2026, 2:15 AM</time>');
    expect(html).toContain("Figures as of");
    expect(html).toContain("(3 minutes ago)");
    // No "`now` wasn't provided" fallback (or any other) reported.
    expect(onError).not.toHaveBeenCalled();
  });

  it("and in Arabic", () => {
    const { html, onError } = render("ar");
    expect(html).toContain("الأرقام كما كانت في");
    expect(html).toContain("قبل 3 دقائق");
    expect(onError).not.toHaveBeenCalled();
  });
});
