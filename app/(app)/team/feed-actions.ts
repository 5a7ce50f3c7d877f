"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZCreateFeedLinkInput, ZRevokeFeedLinkInput } from "@/lib/schemas/feed-links";
import { createFeedLink } from "@/lib/server/embeds/create-feed-link";
import { revokeFeedLink } from "@/lib/server/embeds/revoke-feed-link";

export const createFeedLinkAction = authedAction(ZCreateFeedLinkInput, (member) => createFeedLink(member));
export const revokeFeedLinkAction = authedAction(ZRevokeFeedLinkInput, revokeFeedLink);
