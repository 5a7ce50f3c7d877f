// No zod here: the reader's suggestions panel (a client component) needs these two numbers, and importing
// them from checked-matches.ts put zod (~31 KB gzipped) into the reader's first-load JS.

/**
 * Suggested sentences compared with earlier work per request. Each is one trigram nearest-neighbour
 * scan, about 0.1 s at 100,000 claims (336 of them took 34 s in one statement), so a batch of 10 holds
 * a connection for about a second at most; and server actions run one at a time in the browser, so an
 * "Accept" clicked meanwhile waits no longer than that. A long article's 336 suggestions take 34
 * requests, each showing progress.
 */
export const CHECKED_MATCH_BATCH = 10;

/**
 * Longest text compared per sentence. A sentence of news copy runs to a few hundred characters
 * (the longest in the reference articles has 327), so 4,000 takes every real sentence whole. Only a
 * run of text with no full stop or line break is longer (the splitter then yields it as one
 * "sentence"); the panel sends its first 4,000 characters, plenty to recognise a claim made from it.
 * A request then carries at most 10 × 4,000 characters (~80 KB of Arabic), where the action's body
 * limit alone (6 MB, for uploads) would let megabytes reach the query.
 */
export const MAX_CHECKED_QUOTE_CHARS = 4_000;
