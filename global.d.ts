import type en from "./messages/en.json";
import type { Locale } from "./lib/i18n/locales";

// Typed message keys: a missing or misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
    Locale: Locale;
  }
}
