import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** "Not found" with a way home; the caller places it (its own <main>, or inside the app's). */
export async function NotFoundMessage() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
