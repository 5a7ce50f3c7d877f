import "server-only";
import { createHash } from "node:crypto";
import { appUrl } from "@/lib/config/env";
import { db } from "@/lib/db";
import { publicClaimPath, type PublicClaimAddress } from "@/lib/domain/embeds/public-claim-url";
import { safeHttpUrl } from "@/lib/domain/reports/safe-url";
import { claimReviewOf, hasClaimReview } from "@/lib/export/claimreview";
import {
  PUBLIC_CLAIM_LAYOUT,
  renderClaimEmbed,
  renderPublicClaimPage,
  type PublicClaimView,
} from "@/lib/export/public-claim";
import { linkedReportFontCss } from "@/lib/export/report-fonts";
import type { Locale } from "@/lib/i18n/locales";
import { cachedPublicReportPage, forgetPublicReport } from "@/lib/server/reports/public-report-cache";
import { EVER_PUBLISHED, publicClaimOf, publicClaimSelect } from "./public-claims";
import { publicClaimState } from "./public-claim-state";

export type PublicClaimRender = { kind: "gone" } | { kind: "page"; html: string; etag: string; fromCache: boolean };

/** The oEmbed answer's address for a claim page (discovery), from APP_URL. */
export function oEmbedUrlFor(pageUrl: string): string {
  return appUrl(`/api/oembed?url=${encodeURIComponent(pageUrl)}&format=json`);
}

/**
 * A published claim's public page or embed card behind an article's public link (no session:
 * the link's token is the secret). Gone when the link is revoked or unknown, or the claim is not
 * a published claim of that article. Like the report, one statement reads the state and a
 * fingerprint; the page is rendered again only when that changed, and kept in the same bounded
 * cache as report pages (dropped with them when the link goes).
 */
export async function renderPublicClaim(
  address: PublicClaimAddress,
  options: { view: "page" | "embed"; locale: Locale },
): Promise<PublicClaimRender> {
  const state = await publicClaimState(address);
  if (state.kind === "linkGone") {
    forgetPublicReport(address.token);
    return { kind: "gone" };
  }
  if (state.kind === "noSuchClaim") return { kind: "gone" };
  const claimId = address.claimId.toLowerCase();
  const { view, locale } = options;
  const key = `${address.token}|claim|${claimId}|${view}|${locale}`;
  const etag = `"${createHash("sha256").update(`${PUBLIC_CLAIM_LAYOUT}|${key}|${state.fingerprint}`).digest("base64url").slice(0, 32)}"`;
  const { html, hit } = await cachedPublicReportPage(key, state.fingerprint, async () => {
    const loaded = await loadView(state, address.token, claimId);
    if (!loaded) return null;
    const fontCss = linkedReportFontCss((name) => `/r/fonts/${name}.woff2`);
    if (view === "embed") return renderClaimEmbed(loaded.view, { fontCss, locale });
    const { claim, article } = loaded.view;
    const jsonLd = hasClaimReview(claim)
      ? claimReviewOf(
          claim,
          { article, team: loaded.view.team, generatedAt: loaded.lastPublishedAt },
          loaded.view.urls.canonical,
        )
      : undefined;
    return renderPublicClaimPage(loaded.view, { fontCss, locale, jsonLd });
  });
  return html === null ? { kind: "gone" } : { kind: "page", html, etag, fromCache: hit };
}

async function loadView(
  state: { teamId: string; articleId: string; canonicalToken: string },
  token: string,
  claimId: string,
): Promise<{ view: PublicClaimView; lastPublishedAt: string } | null> {
  const row = await db.claim.findFirst({
    where: { id: claimId, teamId: state.teamId, articleId: state.articleId, ...EVER_PUBLISHED },
    select: {
      ...publicClaimSelect,
      article: { select: { title: true, language: true, direction: true, url: true, publishedAt: true } },
      team: { select: { name: true } },
    },
  });
  if (!row || row.publications.length === 0) return null;
  const { claim, lastPublishedAt } = publicClaimOf(row);
  const canonical = appUrl(publicClaimPath({ token: state.canonicalToken, claimId }));
  return {
    lastPublishedAt,
    view: {
      claim,
      article: {
        title: row.article.title,
        language: row.article.language,
        direction: row.article.direction,
        url: safeHttpUrl(row.article.url),
        publishedAt: row.article.publishedAt?.toISOString() ?? null,
      },
      team: row.team,
      urls: { canonical, report: `/r/${token}`, oEmbed: oEmbedUrlFor(canonical) },
    },
  };
}
