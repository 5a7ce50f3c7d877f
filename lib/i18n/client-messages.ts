/**
 * The messages sent to the browser with every page. Client components translate on the client, so
 * the root layout hands them the messages; namespaces only server code reads (the report
 * documents, the case pages' server components) stay on the server: every page would otherwise
 * carry them in its HTML and RSC payload, growing with each feature (the page budgets measure it).
 * client-messages.test.ts checks that no client component reads them.
 */
export const SERVER_ONLY_NAMESPACES = [
  "reportDocument",
  "publicClaim",
  "caseOverview",
  "caseTimeline",
  "caseFigures",
] as const;

export function clientMessages<Messages extends Record<string, unknown>>(messages: Messages): Partial<Messages> {
  const kept = { ...messages };
  for (const namespace of SERVER_ONLY_NAMESPACES) delete kept[namespace];
  return kept;
}
