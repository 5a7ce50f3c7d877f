import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache, Suspense } from "react";
import { ClaimBadges } from "@/components/claims/claim-badges";
import { CorroborationSummary } from "@/components/sources/corroboration-summary";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getClaim } from "@/lib/server/claims/get-claim";
import { findDeletedClaim } from "@/lib/server/claims/deleted-claims";
import { listComments } from "@/lib/server/comments/list-comments";
import { listRatingLabels } from "@/lib/server/ratings/list-rating-labels";
import { TagEditor } from "@/components/tags/tag-editor";
import { CasesOfItem } from "@/components/cases/cases-of-item";
import { addToCaseAction, listCasesOfAction } from "@/app/(app)/cases/actions";
import { updateClaimTagsAction } from "./actions";
import { anchorBlocksPublication, canChangeContent, canEditRating } from "@/lib/domain/workflow/claim-workflow";
import { ClaimHistory } from "./_components/claim-history";
import { ClaimEmbedSection } from "./_components/claim-embed-section";
import { DeletedClaimPage } from "./_components/deleted-claim-page";
import { CommentsSection } from "./_components/comments-section";
import { EvidenceSection } from "./_components/evidence-section";
import { LoadingPart } from "./_components/loading-part";
import { RelatedClaims } from "./_components/related-claims";
import { ReviewPanels } from "./_components/review-panels";
import { writtenIn } from "@/lib/domain/text/written-in";
import { ClaimDetailList } from "@/components/claims/claim-detail-list";

type Params = Promise<{ claimId: string }>;

const CLAIM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The claim, loaded once per request: the title (generateMetadata) and the page share it. */
const load = cache(async (claimId: string) => {
  if (!CLAIM_ID.test(claimId)) notFound();
  const member = await requireMember();
  try {
    return { member, detail: await getClaim(member, claimId), deleted: null };
  } catch (error) {
    if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
  }
  // A deleted claim keeps its page: what it said, who deleted it, and its whole history.
  const deleted = await findDeletedClaim(member, claimId);
  if (!deleted) notFound();
  return { member, detail: null, deleted };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { detail, deleted } = await load((await params).claimId);
  return { title: (detail?.claim.statement ?? deleted?.statement ?? "").slice(0, 80) };
}

/**
 * The claim itself renders as soon as it is read; what depends on the rest of the team's work
 * (similar claims, repeats, conflicts) and the history stream in after it, each on its own.
 */
export default async function ClaimPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { claimId } = await params;
  if (!CLAIM_ID.test(claimId)) notFound();
  const member = await requireMember();
  // Read side by side: the scale and the comments are the team's (comments of another team's
  // claim id are none), and the claim's own read refuses what the member may not see.
  const [{ detail, deleted }, scale, threads, query] = await Promise.all([
    load(claimId),
    listRatingLabels(member),
    listComments(member.teamId, claimId),
    searchParams,
  ]);
  if (!detail) return <DeletedClaimPage member={member} deleted={deleted} searchParams={query} />;
  const { claim, article, evidence, publications } = detail;
  const t = await getTranslations("claimPage");
  const tc = await getTranslations("corroboration");
  const te = await getTranslations("errors");
  const tAnchors = await getTranslations("anchors");
  const tLoading = await getTranslations("claimPage.loading");
  // One rule for every control that changes content: hidden where the workflow would refuse it.
  const editRule = canChangeContent(claim.status, "edit", member.role);
  const frozenReason = !editRule.ok && editRule.reason !== "forbidden" ? editRule.reason : null;
  return (
    <article aria-labelledby="claim-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <Link
          href={`/articles/${article.id}#claim-${claim.id}`}
          className="self-start text-sm text-brand-800 hover:underline"
        >
          <span aria-hidden className="inline-block rtl:rotate-180">
            ←
          </span>{" "}
          <span dir="auto">{article.title}</span>
        </Link>
        <h1
          id="claim-heading"
          className="text-2xl leading-relaxed font-semibold"
          {...writtenIn(claim.statement, article.language)}
        >
          {claim.statement}
        </h1>
        <nav aria-label={t("jumpTo")} className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {(["rating", "workflow", "evidence", "comments", "history"] as const).map((part) => (
            <a key={part} href={`#${part}-heading`} className="text-brand-800 underline-offset-2 hover:underline">
              {t(`jump.${part}`)}
            </a>
          ))}
        </nav>
        <ClaimBadges claim={claim} />
        {/* Tags are the desk's own organisation (never public), editable at every workflow stage. */}
        <TagEditor
          itemId={claim.id}
          tags={detail.tags}
          choices={detail.tagChoices}
          canEdit={can(member, "claim.update")}
          save={updateClaimTagsAction}
        />
        <CasesOfItem
          kind="claim"
          id={claim.id}
          canManage={can(member, "case.manage")}
          load={listCasesOfAction}
          add={addToCaseAction}
        />
        <ClaimDetailList details={claim.details} />
        {frozenReason && (
          <p className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm" data-testid="claim-frozen">
            {te(frozenReason)}
          </p>
        )}
        {anchorBlocksPublication(claim) && (
          <p
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm"
            data-testid="claim-anchor-lost"
          >
            {tAnchors("claimPageWarning")}{" "}
            <Link href={`/articles/${article.id}`} className="font-medium text-brand-800 underline">
              {tAnchors("goToArticle")}
            </Link>
          </p>
        )}
        {claim.exact !== claim.statement && (
          <blockquote
            className="border-s-4 border-slate-300 ps-3 text-slate-700"
            lang={article.language}
            dir={article.direction}
          >
            <span className="sr-only">{t("quote")}: </span>…{claim.prefix.slice(-40)}
            <mark className="bg-amber-100">{claim.exact}</mark>
            {claim.suffix.slice(0, 40)}…
          </blockquote>
        )}
      </header>
      <section
        aria-labelledby="corroboration-heading"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="corroboration-heading" className="text-lg font-semibold">
          {tc("title")}
        </h2>
        <CorroborationSummary corroboration={claim.corroboration} />
      </section>
      <ReviewPanels
        claim={claim}
        scale={scale}
        role={member.role}
        userId={member.userId}
        publications={publications}
        direction={article.direction}
      />
      <ClaimEmbedSection detail={detail} teamName={member.teamName} />
      <RelatedClaims
        member={member}
        claim={{
          id: claim.id,
          version: claim.version,
          sameAs: claim.sameAs,
          statement: claim.statement,
          type: claim.type,
          claimant: claim.claimant,
          language: article.language,
        }}
        verdictKey={claim.verdict?.key ?? null}
        canLink={canChangeContent(claim.status, "link", member.role).ok}
        canCarry={canEditRating(member.role, claim.status)}
      />
      <EvidenceSection
        claimId={claim.id}
        evidence={evidence}
        canManage={canChangeContent(claim.status, "evidence", member.role).ok}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <CommentsSection claimId={claim.id} threads={threads} canComment={can(member, "comment.create")} />
        <Suspense fallback={<LoadingPart text={tLoading("history")} />}>
          <ClaimHistory member={member} claimId={claim.id} searchParams={query} />
        </Suspense>
      </div>
    </article>
  );
}
