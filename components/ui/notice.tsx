import type { ReactNode } from "react";

const COLOURS = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

/** A status message announced to screen readers (not role=alert: Next's route announcer uses that). */
export function Notice({
  tone,
  children,
  testId,
  attempt,
}: {
  tone: "error" | "success" | "warning";
  children: ReactNode;
  testId?: string;
  attempt?: number;
}) {
  const colours = COLOURS[tone];
  return (
    <p
      role="status"
      data-testid={testId}
      data-attempt={attempt}
      className={`rounded-md border px-3 py-2 text-sm ${colours}`}
    >
      {children}
    </p>
  );
}
