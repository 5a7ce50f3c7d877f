"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ApiTokenDto } from "@/lib/server/api-tokens/api-token-dto";
import { revokeApiTokenAction } from "../actions";

export function ApiTokenList({ tokens }: { tokens: ApiTokenDto[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const now = useNow();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  // A token works through the day chosen (UTC) and expires at the midnight after it: show that day.
  const lastDay = (iso: string) =>
    format.dateTime(new Date(new Date(iso).getTime() - 1), { dateStyle: "medium", timeZone: "UTC" });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  function revoke(token: ApiTokenDto) {
    if (!window.confirm(t("apiTokens.confirmRevoke", { name: token.name, prefix: token.prefix }))) return;
    startTransition(async () => {
      const result = await revokeApiTokenAction({ tokenId: token.tokenId });
      if (report(result, t("apiTokens.revokedDone", { name: token.name }))) router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <h3 className="text-base font-semibold">{t("apiTokens.listTitle")}</h3>
      {feedback && (
        <Notice tone={feedback.tone} testId="api-tokens-feedback">
          {feedback.text}
        </Notice>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t("apiTokens.none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="w-full text-start text-sm" data-testid="api-token-list">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                {(
                  ["prefix", "name", "role", "createdBy", "createdAt", "expiresAt", "lastUsedAt", "status"] as const
                ).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2 text-start font-medium">
                    {t(`apiTokens.${column}`)}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  <span className="sr-only">{t("team.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const expired = token.expiresAt !== null && new Date(token.expiresAt) <= now;
                return (
                  <tr
                    key={token.tokenId}
                    className="border-t border-slate-200 align-top"
                    data-testid={`api-token-${token.prefix}`}
                  >
                    <td className="px-3 py-2 font-mono text-xs whitespace-nowrap" dir="ltr">
                      {token.prefix}
                    </td>
                    <th scope="row" className="px-3 py-2 text-start font-medium" dir="auto">
                      {token.name}
                    </th>
                    <td className="px-3 py-2">{t(`roles.${token.role}`)}</td>
                    <td className="px-3 py-2" dir="auto">
                      {token.createdByName}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{date(token.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {token.expiresAt ? lastDay(token.expiresAt) : t("apiTokens.never")}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {token.lastUsedAt ? dateTime(token.lastUsedAt) : t("apiTokens.neverUsed")}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {token.revokedAt
                        ? t("apiTokens.revokedOn", { date: date(token.revokedAt) })
                        : expired
                          ? t("apiTokens.expired")
                          : t("apiTokens.active")}
                    </td>
                    <td className="px-3 py-2">
                      {!token.revokedAt && (
                        <Button
                          variant="danger"
                          disabled={pending}
                          aria-label={t("apiTokens.revokeOf", { name: token.name })}
                          onClick={() => revoke(token)}
                        >
                          {t("apiTokens.revoke")}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
