import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { getCurrentMember } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/domain/auth/callback-path";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // Back to where sign-in was asked for (an invitation, say): a path on this site only.
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentMember()) redirect(callbackPath ?? "/");
  const t = await getTranslations();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4">
      <div className="flex items-center justify-between">
        <p className="text-lg font-semibold text-brand-900" dir="ltr">
          {t("app.name")}
        </p>
        <LanguageSwitcher />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-xl font-semibold">{t("login.title")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("app.tagline")}</p>
        <LoginForm callbackPath={callbackPath} />
      </div>
    </main>
  );
}
