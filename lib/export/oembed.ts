/**
 * The oEmbed answer (https://oembed.com, type "rich") for a published claim: an <iframe> of its
 * embed card, sized within what the consumer allows. Pure: the endpoint finds the claim, this
 * writes the answer.
 */
import { escapeHtml } from "./html";

/** The card's natural size, in CSS pixels: wide enough for a verdict, a statement and a link. */
export const EMBED_WIDTH = 480;
export const EMBED_HEIGHT = 280;
/** A narrower card wraps its statement onto more lines; it grows no taller than this. */
const MAX_HEIGHT = 560;

/**
 * The iframe's size within the consumer's maxwidth and maxheight (oEmbed: they must be respected).
 * Narrower than natural, the card is made taller in proportion (the statement wraps), up to a limit;
 * a maxheight below that leaves the card to scroll.
 */
export function embedFrameSize(limits: { maxwidth?: number; maxheight?: number }): {
  width: number;
  height: number;
} {
  const width = Math.max(1, Math.min(EMBED_WIDTH, Math.floor(limits.maxwidth ?? EMBED_WIDTH)));
  const natural = Math.min(MAX_HEIGHT, Math.ceil((EMBED_HEIGHT * EMBED_WIDTH) / Math.max(width, 240)));
  const height = Math.max(1, Math.min(natural, Math.floor(limits.maxheight ?? natural)));
  return { width, height };
}

export interface OEmbedRich {
  type: "rich";
  version: "1.0";
  title: string;
  author_name: string;
  provider_name: "ClaimDesk";
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** How long a consumer may keep the answer (seconds): a retraction should reach it within the hour. */
export const OEMBED_CACHE_AGE = 3_600;

export function oEmbedRich(input: {
  embedUrl: string;
  /** The claim's statement, as published. */
  title: string;
  /** The team that published the fact check. */
  authorName: string;
  providerUrl: string;
  size: { width: number; height: number };
}): OEmbedRich & { cache_age: number } {
  const { width, height } = input.size;
  // No scripts run in the card, so allow-same-origin lets it load its fonts without opening anything up;
  // allow-popups lets its one link open the public page in a new tab.
  const html =
    `<iframe src="${escapeHtml(input.embedUrl)}" width="${width}" height="${height}" title="${escapeHtml(input.title)}"` +
    ` style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"` +
    ` sandbox="allow-popups allow-popups-to-escape-sandbox allow-same-origin"></iframe>`;
  return {
    type: "rich",
    version: "1.0",
    title: input.title,
    author_name: input.authorName,
    provider_name: "ClaimDesk",
    provider_url: input.providerUrl,
    html,
    width,
    height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
