"use client";

import { useLocale, useTranslations } from "next-intl";
import { entityName } from "@/lib/domain/entities/entity-name";
import type { Corroboration, CorroborationStatus, OriginGroup } from "@/lib/domain/sources/corroboration";

const TONE: Record<CorroborationStatus, string> = {
  NO_EVIDENCE: "bg-slate-100 text-slate-800",
  CORROBORATED: "bg-green-100 text-green-900",
  UNCORROBORATED: "bg-amber-100 text-amber-900",
  CONTESTED: "bg-orange-100 text-orange-900",
  REFUTED: "bg-red-100 text-red-900",
};

/**
 * "2 independent confirmations (AFP, Ultra Syria); 3 more repeat SOHR" — the count that
 * matters, with what merely repeats it spelled out, and a warning when all support has one origin.
 */
export function CorroborationSummary({
  corroboration,
  compact = false,
}: {
  corroboration: Corroboration;
  compact?: boolean;
}) {
  const t = useTranslations("corroboration");
  const { status, supports, refutes, singleOrigin } = corroboration;
  const locale = useLocale();
  const label = (group: OriginGroup) => {
    const name = entityName({ name: group.label, arabicName: group.labelAr }, locale);
    return group.guessed ? t("guessedOrigin", { name }) : name;
  };
  const anyGuessed = [...supports.independent, ...refutes.independent, ...supports.repeats.map((r) => r.group)].some(
    (group) => group.guessed,
  );
  const names = (groups: OriginGroup[]) => groups.map(label).join(t("nameSeparator"));
  if (compact && status === "NO_EVIDENCE") return null;
  const parts: string[] = [];
  if (supports.sources > 0) {
    const independent = supports.independent.length;
    parts.push(
      independent
        ? `${t("confirmations", { count: independent })} (${names(supports.independent)})`
        : t("confirmations", { count: 0 }),
    );
    for (const { group, count } of supports.repeats)
      parts.push(
        group.isClaimant
          ? t("repeatClaimant", { count, name: label(group) })
          : t("repeat", { count, name: label(group) }),
      );
  }
  if (refutes.sources > 0)
    parts.push(`${t("refutations", { count: refutes.independent.length })} (${names(refutes.independent)})`);
  if (!compact && corroboration.context > 0) parts.push(t("context", { count: corroboration.context }));
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="corroboration" data-status={status}>
      <p className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${TONE[status]}`}>{t(status)}</span>
        {parts.length > 0 && <span className="text-slate-800">{parts.join(t("separator"))}</span>}
      </p>
      {singleOrigin && <p className="text-amber-900">⚠ {t("singleOrigin", { name: label(singleOrigin) })}</p>}
      {!compact && anyGuessed && <p className="text-xs text-slate-600">{t("guessedHint")}</p>}
    </div>
  );
}
