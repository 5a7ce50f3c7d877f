import { z } from "zod";

export const ZCreateFeedLinkInput = z.object({});
export const ZRevokeFeedLinkInput = z.object({ linkId: z.uuid() });
