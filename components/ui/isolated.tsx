/** Stands in for a value in a translated phrase, so the value can be drawn isolated (<bdi>). */
export const SLOT = "\u0000";

/**
 * A translated phrase with one value isolated: `phrase` is the translation with SLOT where the
 * value goes (t("by", { name: SLOT })). An English name in an Arabic sentence, or an Arabic one in
 * an English sentence, keeps its own direction and does not pull the punctuation around it along.
 */
export function Isolated({ phrase, value }: { phrase: string; value: string }) {
  const at = phrase.indexOf(SLOT);
  if (at === -1) return <>{phrase}</>;
  return (
    <>
      {phrase.slice(0, at)}
      <bdi>{value}</bdi>
      {phrase.slice(at + SLOT.length)}
    </>
  );
}
