/**
 * What a streamed part of the claim page shows until its data arrives: a short, translated
 * line that screen readers hear as a busy status, not an empty gap.
 */
export function LoadingPart({ text, className = "" }: { text: string; className?: string }) {
  return (
    <p role="status" aria-busy="true" aria-live="polite" className={`text-sm text-slate-600 ${className}`}>
      {text}
    </p>
  );
}
