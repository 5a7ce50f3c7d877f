"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZImportArticleInput } from "@/lib/schemas/articles";
import { importArticle } from "@/lib/server/articles/import-article";
import { ZImportArticleWithQuoteInput } from "@/lib/schemas/send-to-claimdesk";
import { importArticleWithQuote } from "@/lib/server/articles/import-article-with-quote";

export const importArticleAction = authedAction(ZImportArticleInput, (member, input) => importArticle(member, input));

export const importArticleWithQuoteAction = authedAction(ZImportArticleWithQuoteInput, (member, input) =>
  importArticleWithQuote(member, input),
);
