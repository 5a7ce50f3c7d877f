import { useTranslations } from "next-intl";

const TONES = {
  PENDING: "bg-amber-100 text-amber-900",
  SUCCEEDED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
} as const;

/** A delivery's state as a badge: words, not colour alone. */
export function DeliveryStatus({ status }: { status: keyof typeof TONES }) {
  const t = useTranslations("webhooks.status");
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{t(status)}</span>;
}
