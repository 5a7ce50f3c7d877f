/**
 * The report's words (headings, labels, type and status names) in the reader's language,
 * from the same message files as the UI, so a report is as Arabic as the app is. Pure: it
 * works in the export job and scripts as well as in a request.
 */
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, directionOf, type Locale } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

const MESSAGES = { en, ar } as const;

export function reportTranslator(locale: Locale = DEFAULT_LOCALE) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof en });
  return { locale, direction: directionOf(locale), t };
}

export type ReportTranslator = ReturnType<typeof reportTranslator>;
