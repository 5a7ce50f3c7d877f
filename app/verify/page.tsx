import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyForm } from "./verify-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("verifyTitle") };
}

/** Anyone can check a report here, signed in or not. */
export default async function VerifyPage() {
  const t = await getTranslations("reports");
  return (
    <main id="main" className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("verifyTitle")}</h1>
      <p className="text-slate-600">{t("verifyIntro")}</p>
      <a href="/api/public/keys" className="self-start text-sm font-medium text-brand-800 hover:underline">
        {t("publishedKeys")}
      </a>
      <VerifyForm />
    </main>
  );
}
