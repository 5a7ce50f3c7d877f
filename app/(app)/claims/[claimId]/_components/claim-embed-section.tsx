import { getTranslations } from "next-intl/server";
import { CopyField } from "@/components/ui/copy-field";
import type { ClaimDetailDto } from "@/lib/server/claims/get-claim";
import { claimEmbedOf } from "@/lib/server/embeds/get-claim-embed";

/**
 * A published claim's public link and embed code, to copy into a CMS; or, when its article has no
 * live public link, why it is not public yet. Nothing for a claim never published.
 */
export async function ClaimEmbedSection({ detail, teamName }: { detail: ClaimDetailDto; teamName: string }) {
  const embed = claimEmbedOf(detail, teamName);
  if (embed.kind === "notPublished") return null;
  const t = await getTranslations("embeds");
  const words = { copy: t("copy"), copied: t("copied"), selected: t("selected") };
  return (
    <section
      aria-labelledby="embed-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="claim-embed"
    >
      <h2 id="embed-heading" className="text-lg font-semibold">
        {t("claimTitle")}
      </h2>
      {embed.kind === "notPublic" ? (
        <p className="text-sm text-slate-700">{t("notPublic")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("claimHint")}</p>
          <CopyField label={t("publicLink")} value={embed.pageUrl} words={words} testId="claim-public-link" />
          <CopyField label={t("embedCode")} value={embed.snippet} multiline words={words} testId="claim-embed-code" />
        </>
      )}
    </section>
  );
}
