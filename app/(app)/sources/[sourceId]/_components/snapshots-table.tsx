"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SnapshotDto } from "@/lib/server/sources/source-dto";

/** Every capture, newest first: what the server got, with the hash that proves it. */
export function SnapshotsTable({ snapshots }: { snapshots: SnapshotDto[] }) {
  const t = useTranslations("sources");
  const te = useTranslations("errors");
  const format = useFormatter();
  if (snapshots.length === 0) return <p className="text-sm text-slate-600">{t("noSnapshots")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse rounded-lg bg-white text-sm" data-testid="snapshots-table">
        <thead className="bg-slate-100">
          <tr>
            {(["capturedAt", "status", "contentType", "size", "hash"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-start">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {snapshots.map((snapshot) => (
            <tr key={snapshot.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                {format.dateTime(new Date(snapshot.capturedAt), { dateStyle: "medium", timeStyle: "medium" })}
              </td>
              <td className="px-3 py-2">
                {snapshot.httpStatus ?? t("unreachable")}
                {snapshot.errorCode && (
                  <span className="block text-red-800">
                    {te.has(snapshot.errorCode as never) ? te(snapshot.errorCode as never) : snapshot.errorCode}
                  </span>
                )}
              </td>
              <td className="px-3 py-2" dir="ltr">
                {snapshot.contentType ?? "—"}
              </td>
              <td className="px-3 py-2">
                {snapshot.byteLength === null
                  ? "—"
                  : format.number(snapshot.byteLength / 1024, { maximumFractionDigits: 1 }) + " KB"}
              </td>
              <td className="px-3 py-2 font-mono text-xs break-all" dir="ltr">
                {snapshot.sha256 ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
