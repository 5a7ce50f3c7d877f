import { getTranslations } from "next-intl/server";
import type { PublicKeyDto } from "@/lib/server/reports/list-public-keys";
import { RotateKeyButton } from "./rotate-key-button";

/** The team's published signing keys, newest first; read-only but for the rotate button. */
export async function SigningKeys({
  keys,
  keysUrl,
  canRotate,
}: {
  keys: PublicKeyDto[];
  keysUrl: string;
  canRotate: boolean;
}) {
  const t = await getTranslations("team");
  return (
    <section
      aria-labelledby="keys-heading"
      className="flex max-w-3xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-6"
    >
      <h2 id="keys-heading" className="text-lg font-semibold">
        {t("keysTitle")}
      </h2>
      <p className="text-sm text-slate-600">
        {t.rich("keysHint", {
          url: keysUrl,
          link: (chunks) => (
            <a href={keysUrl} dir="ltr" className="font-medium text-brand-800 hover:underline">
              {chunks}
            </a>
          ),
        })}
      </p>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noKeys")}</p>
      ) : (
        <table className="text-sm" data-testid="signing-keys">
          <thead>
            <tr className="text-start text-slate-600">
              <th className="py-1 text-start font-medium">{t("keyFingerprint")}</th>
              <th className="py-1 text-start font-medium">{t("keyValidFrom")}</th>
              <th className="py-1 text-start font-medium">{t("keyValidUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.keyId} className="border-t border-slate-100 align-top">
                <td dir="ltr" className="py-1 pe-3 font-mono text-xs break-all">
                  {key.fingerprint}
                </td>
                <td dir="ltr" className="py-1 pe-3 whitespace-nowrap">
                  {key.notBefore.slice(0, 10)}
                </td>
                <td className="py-1 whitespace-nowrap">
                  {key.notAfter ? <span dir="ltr">{key.notAfter.slice(0, 10)}</span> : t("keyCurrent")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canRotate && <RotateKeyButton />}
    </section>
  );
}
