"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * The "Send to ClaimDesk" bookmarklet with its instructions. React refuses `javascript:` URLs in
 * href props, so the link gets its address through a ref: safe here, because the code is a
 * constant built by sendToClaimDeskBookmarklet on the server, whose only variable part is our own
 * APP_URL, JSON-encoded. Clicking it on this page does nothing; it is meant to be dragged.
 */
export function SendToClaimDeskBox({ bookmarklet }: { bookmarklet: string }) {
  const t = useTranslations("sendToClaimDesk");
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    link.current?.setAttribute("href", bookmarklet);
  }, [bookmarklet]);

  return (
    <aside
      aria-labelledby="send-to-claimdesk-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="send-to-claimdesk"
    >
      <h2 id="send-to-claimdesk-heading" className="text-lg font-semibold">
        {t("boxTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("boxIntro")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <a
          ref={link}
          data-testid="bookmarklet"
          draggable
          onClick={(event) => event.preventDefault()}
          title={t("dragHint")}
          className="cursor-grab rounded-md border-2 border-dashed border-brand-600 bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-900"
        >
          {t("link")}
        </a>
        <p className="text-sm text-slate-600">{t("dragHint")}</p>
      </div>
      <div>
        <h3 className="text-sm font-medium text-slate-800">{t("stepsLabel")}</h3>
        <ol className="ms-5 list-decimal text-sm text-slate-700">
          <li>{t("steps.show")}</li>
          <li>{t("steps.drag")}</li>
          <li>{t("steps.use")}</li>
        </ol>
      </div>
    </aside>
  );
}
