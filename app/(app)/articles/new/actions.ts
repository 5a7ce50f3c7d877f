"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZImportArticleInput } from "@/lib/schemas/articles";
import { importArticle } from "@/lib/server/articles/import-article";

export const importArticleAction = authedAction(ZImportArticleInput, (member, input) => importArticle(member, input));
