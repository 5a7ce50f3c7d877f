"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";

type Change = { field: string; from: string; to: string };

/** What another person changed between the version the user started from and now. */
type Field = "statement" | "type" | "details" | "claimant" | "reportedVia" | "claimedAt" | "assignee" | "status";

export function claimChanges(base: ClaimDto, current: ClaimDto, label: (field: Field) => string): Change[] {
  const view = (claim: ClaimDto): Record<Field, string> => ({
    statement: claim.statement,
    type: claim.type,
    details: JSON.stringify(claim.details),
    claimant: claim.claimant?.name ?? "—",
    reportedVia: claim.reportedVia?.name ?? "—",
    claimedAt: claim.claimedAt?.slice(0, 10) ?? "—",
    assignee: claim.assignee?.name ?? "—",
    status: claim.status,
  });
  const before = view(base);
  const after = view(current);
  return (Object.keys(before) as Field[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({
      field: label(field),
      from: field === "details" ? "…" : before[field],
      to: field === "details" ? "…" : after[field],
    }));
}

export function ClaimConflict({
  base,
  current,
  onKeepMine,
  onTakeTheirs,
}: {
  base: ClaimDto;
  current: ClaimDto;
  onKeepMine(): void;
  onTakeTheirs(): void;
}) {
  const t = useTranslations("claims.conflict");
  const changes = claimChanges(base, current, (field) => t(`fields.${field}`));
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="claim-conflict"
    >
      <p className="font-medium">{t("title", { name: current.updatedBy?.name ?? t("someone") })}</p>
      <ul className="list-disc ps-5">
        {changes.map((change) => (
          <li key={change.field}>{t("change", { field: change.field, from: change.from, to: change.to })}</li>
        ))}
      </ul>
      <p>{t("kept")}</p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>{t("keepMine")}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>
          {t("takeTheirs")}
        </Button>
      </div>
    </div>
  );
}
