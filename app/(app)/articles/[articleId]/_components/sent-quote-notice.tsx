import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

const OUTCOMES = ["quoteNotFound", "quoteAmbiguous", "claimFailed"] as const;

/**
 * After "Send to ClaimDesk" imported the article but could not make the selected passage a
 * claim (?sent=<outcome>): says why, so the fact-checker selects it by hand.
 */
export async function SentQuoteNotice({ outcome }: { outcome: unknown }) {
  const known = OUTCOMES.find((value) => value === outcome);
  if (!known) return null;
  const t = await getTranslations("sendToClaimDesk");
  return (
    <Notice tone="warning" testId="sent-quote-notice">
      {t(`outcome.${known}`)}
    </Notice>
  );
}
