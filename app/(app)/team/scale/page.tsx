import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";
import { ScaleEditor } from "./_components/scale-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scale"))("title") };
}

export default async function ScalePage() {
  const member = await requireMember();
  if (!can(member, "scale.manage")) notFound();
  const scale = await listRatingScale(member);
  const t = await getTranslations("scale");
  return (
    <section aria-labelledby="scale-heading" className="flex flex-col gap-4">
      <h1 id="scale-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <ScaleEditor scale={scale} />
    </section>
  );
}
