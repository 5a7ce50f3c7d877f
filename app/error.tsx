"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Users see a plain message; the error itself was logged on the server.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto flex max-w-lg flex-col gap-4 px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("pageBody")}</p>
      <Button onClick={reset} className="self-start">
        {t("retry")}
      </Button>
    </main>
  );
}
