/**
 * The canonical report (RFC 8785), written piece by piece: the header's members in canonical
 * key order with the claims array spliced in where "claims" sorts, each claim canonicalised on
 * its own. The concatenation is byte for byte canonicalize(report) (a unit test holds it to
 * that), but only one page of claims is ever in memory.
 */
import canonicalize from "canonicalize";
import type { ReportClaim, ReportHeader } from "./report-model";

function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("Report cannot be canonicalised");
  return text;
}

export async function* canonicalReportText(
  header: ReportHeader,
  claimPages: AsyncIterable<readonly ReportClaim[]>,
): AsyncGenerator<string> {
  // RFC 8785 orders keys by UTF-16 code units, which is what Array.prototype.sort does.
  const keys = [...Object.keys(header), "claims"].sort();
  let first = true;
  yield "{";
  for (const key of keys) {
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (key !== "claims") {
      yield canonical(header[key as keyof ReportHeader]);
      continue;
    }
    yield "[";
    let firstClaim = true;
    for await (const page of claimPages) {
      if (page.length === 0) continue;
      yield `${firstClaim ? "" : ","}${page.map(canonical).join(",")}`;
      firstClaim = false;
    }
    yield "]";
  }
  yield "}";
}
