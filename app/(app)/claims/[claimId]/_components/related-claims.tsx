import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import type { Member } from "@/lib/auth/member";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import { formatRange, type CasualtyCount, type CountRange } from "@/lib/domain/claims/casualty-conflicts";
import { findConflictingClaims } from "@/lib/server/search/find-conflicting-claims";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import { listClaimRepeats, type ClaimRepeat } from "@/lib/server/claims/list-claim-repeats";
import { findSimilarClaims, type SimilarClaim } from "@/lib/server/search/find-similar-claims";
import { LoadingPart } from "./loading-part";
import { LinkSameClaim, SameAsBanner } from "./same-claim-controls";
import { writtenIn } from "@/lib/domain/text/written-in";

type ThisClaim = Pick<ClaimDto, "id" | "version" | "sameAs" | "statement" | "type"> & {
  claimant: { name: string } | null;
  language: string;
};

/**
 * "Seen elsewhere", "repeated in" and "conflicting numbers": what the rest of the team's work
 * says about this claim. Each part reads the team's other claims, so each streams in on its own
 * (Suspense) and none holds back the claim itself. A claim seen elsewhere can be linked as the
 * same claim, its verdict carried over.
 */
export async function RelatedClaims({
  member,
  claim,
  verdictKey,
  canLink,
  canCarry,
}: {
  member: Member;
  claim: ThisClaim;
  verdictKey: string | null;
  canLink: boolean;
  canCarry: boolean;
}) {
  const t = await getTranslations("claimPage.loading");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {claim.sameAs && (
        <div className="lg:col-span-2">
          <SameAsBanner claim={claim} canUnlink={canLink} />
        </div>
      )}
      <Suspense fallback={<LoadingPart text={t("similar")} className="rounded-lg border border-slate-200 p-4" />}>
        <SimilarClaims member={member} claim={claim} canLink={canLink} canCarry={canCarry} />
      </Suspense>
      <Suspense fallback={<LoadingPart text={t("repeats")} className="p-4" />}>
        <ClaimRepeats member={member} claimId={claim.id} verdictKey={verdictKey} />
      </Suspense>
      {/* Only casualty reports can conflict: no query at all for any other claim. */}
      {claim.type === "CASUALTY_REPORT" && (
        <Suspense fallback={<LoadingPart text={t("conflicts")} className="p-4 lg:col-span-2" />}>
          <ConflictingClaims member={member} claim={claim} />
        </Suspense>
      )}
    </div>
  );
}

async function SimilarClaims({
  member,
  claim,
  canLink,
  canCarry,
}: {
  member: Member;
  claim: ThisClaim;
  canLink: boolean;
  canCarry: boolean;
}) {
  const similar = await findSimilarClaims(member, { claimId: claim.id });
  const t = await getTranslations("claimPage");
  const tStatus = await getTranslations("claims.status");
  const locale = await getLocale();
  return (
    <RelatedSection headingId="similar-heading" title={t("seenElsewhere")} hint={t("seenElsewhereHint")}>
      {similar.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noSimilar")}</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm" data-testid="similar-claims">
          {similar.map((other) => (
            <li key={other.id} className="flex flex-col gap-1">
              <ClaimLine claim={other} locale={locale} status={tStatus(other.status as never)}>
                <span data-testid="likeness-reasons">{likenessReasons(other, t)}</span>
              </ClaimLine>
              {canLink && claim.sameAs?.id !== other.id && (
                <LinkSameClaim
                  claim={claim}
                  target={{ id: other.id, verdictName: other.verdict ? labelName(other.verdict, locale) : null }}
                  canCarry={canCarry}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </RelatedSection>
  );
}

/** "same claimant, same numbers, 1 day apart": why another claim is listed as seen elsewhere. */
function likenessReasons(other: SimilarClaim, t: Awaited<ReturnType<typeof getTranslations<"claimPage">>>): string {
  const parts = other.reasons.map((reason) => t(`likeness.${reason}`));
  if (other.daysApart !== null)
    parts.push(other.daysApart === 0 ? t("likeness.sameDay") : t("likeness.daysApart", { count: other.daysApart }));
  return parts.join(t("likenessSeparator"));
}

/** A part of the related claims: a titled white box with a line saying what it lists. */
function RelatedSection({
  headingId,
  title,
  hint,
  children,
}: {
  headingId: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-xs text-slate-600">{hint}</p>
      {children}
    </section>
  );
}

/** Claims linked to this one as the same claim; nothing at all when there are none. */
async function ClaimRepeats({
  member,
  claimId,
  verdictKey,
}: {
  member: Member;
  claimId: string;
  verdictKey: string | null;
}) {
  const repeats = await listClaimRepeats(member, { claimId });
  if (repeats.length === 0) return null;
  const t = await getTranslations("claimPage");
  const tStatus = await getTranslations("claims.status");
  const locale = await getLocale();
  return (
    <RelatedSection headingId="repeats-heading" title={t("repeats")} hint={t("repeatsHint")}>
      <ol className="flex flex-col gap-2 text-sm" data-testid="claim-repeats">
        {repeats.map((repeat) => (
          <li key={repeat.id} className="flex flex-col gap-1">
            <ClaimLine claim={repeat} locale={locale} status={tStatus(repeat.status as never)}>
              {(repeat.verdict?.key ?? null) !== verdictKey && (
                <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900">
                  {t("verdictDiffers")}
                </span>
              )}
            </ClaimLine>
          </li>
        ))}
      </ol>
    </RelatedSection>
  );
}

/** Casualty reports of the same event whose numbers cannot both be true; nothing when there are none. */
async function ConflictingClaims({ member, claim }: { member: Member; claim: ThisClaim }) {
  const conflicts = await findConflictingClaims(member, { claimId: claim.id });
  if (conflicts.length === 0) return null;
  const t = await getTranslations("claimPage");
  return (
    <section
      aria-labelledby="conflicts-heading"
      className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4 lg:col-span-2"
    >
      <h2 id="conflicts-heading" className="text-lg font-semibold text-red-900">
        {t("conflicts")}
      </h2>
      <p className="text-xs text-red-900">{t("conflictsHint")}</p>
      <ol className="flex flex-col gap-3 text-sm" data-testid="conflicting-claims">
        {conflicts.map((other) => (
          <li key={other.id} className="grid gap-3 rounded-md border border-red-200 bg-white p-3 md:grid-cols-2">
            {/* The two claims side by side, each with the counts that cannot both be true. */}
            <ConflictSide
              heading={t("thisClaim")}
              statement={claim.statement}
              claimant={claim.claimant?.name ?? null}
              language={claim.language}
              counts={other.conflicts.map((conflict) => [conflict.count, conflict.mine] as const)}
            />
            <ConflictSide
              heading={t("conflictsWith")}
              statement={other.statement}
              href={`/claims/${other.id}`}
              claimant={other.claimant}
              language={other.article.language}
              counts={other.conflicts.map((conflict) => [conflict.count, conflict.theirs] as const)}
              article={other.article.title}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

async function ConflictSide(props: {
  heading: string;
  statement: string;
  href?: string;
  claimant: string | null;
  language: string;
  article?: string;
  counts: readonly (readonly [CasualtyCount, CountRange])[];
}) {
  const t = await getTranslations("claimPage");
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold tracking-wide text-red-900 uppercase">{props.heading}</h3>
      {props.href ? (
        <Link href={props.href} lang={props.language} dir="auto" className="font-medium text-brand-800 hover:underline">
          {props.statement}
        </Link>
      ) : (
        <p lang={props.language} dir="auto" className="font-medium">
          {props.statement}
        </p>
      )}
      {props.claimant && (
        <p className="text-xs text-slate-700" dir="auto">
          {t("perClaimant", { name: props.claimant })}
        </p>
      )}
      {props.article && (
        <p className="text-xs text-slate-600" dir="auto">
          {props.article}
        </p>
      )}
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {props.counts.map(([count, range]) => (
          <div key={count} className="flex gap-1">
            <dt className="text-slate-700">{t(`counts.${count}`)}:</dt>
            <dd className="font-semibold text-red-900" dir="ltr">
              {formatRange(range)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Another claim in a list: its statement as a link, then verdict, status, what the list adds (`children`) and its article. */
function ClaimLine({
  claim,
  locale,
  status,
  children,
}: {
  claim: ClaimRepeat;
  locale: string;
  status: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Link
        href={`/claims/${claim.id}`}
        {...writtenIn(claim.statement, claim.article.language)}
        className="text-brand-800 hover:underline"
      >
        {claim.statement}
      </Link>
      <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        {claim.verdict && <VerdictBadge verdict={claim.verdict} locale={locale} />}
        <span>{status}</span>
        {children}
        <span dir="auto">{claim.article.title}</span>
      </span>
    </>
  );
}
