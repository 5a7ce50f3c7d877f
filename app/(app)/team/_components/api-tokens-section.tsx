import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/permissions";
import type { ApiTokenDto } from "@/lib/server/api-tokens/api-token-dto";
import { ApiTokenList } from "./api-token-list";
import { CreateApiTokenForm } from "./create-api-token-form";

/** Admins' API tokens: make one (shown once), see who made which and when it was last used, revoke. */
export async function ApiTokensSection({
  tokens,
  roles,
  expiryRange,
}: {
  tokens: ApiTokenDto[];
  /** The roles the admin may give a token: their own and below. */
  roles: Role[];
  /** The first and last expiry dates allowed (YYYY-MM-DD, UTC), computed on the server. */
  expiryRange: { min: string; max: string };
}) {
  const t = await getTranslations("apiTokens");
  return (
    <section
      aria-labelledby="api-tokens-heading"
      className="flex max-w-5xl flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6"
      data-testid="api-tokens"
    >
      <div>
        <h2 id="api-tokens-heading" className="mb-1 text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <p className="mt-1 text-sm">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a route handler's HTML, not a page: it needs a full load */}
          <a className="text-blue-700 underline" href="/api/v1/docs">
            {t("reference")}
          </a>{" "}
          <span className="text-slate-600">{t("referenceHint")}</span>
        </p>
      </div>
      <CreateApiTokenForm
        roles={roles}
        expiryRange={expiryRange}
        listedIds={tokens.filter((token) => !token.revokedAt).map((token) => token.tokenId)}
      />
      <ApiTokenList tokens={tokens} />
    </section>
  );
}
