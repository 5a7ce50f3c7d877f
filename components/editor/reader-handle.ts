/** Claim ids are UUIDs; anything else never reaches a CSS selector. */
export const CLAIM_ID = /^[0-9a-f-]{36}$/i;

/** What the workbench asks of the reader, whether the editor has loaded yet or not. */
export interface ArticleReaderHandle {
  /** The selected span of article text, or null. */
  selection(): { start: number; end: number } | null;
  scrollToClaim(claimId: string): void;
}
