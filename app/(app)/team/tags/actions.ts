"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZCreateTagInput, ZDeleteTagInput, ZUpdateTagInput } from "@/lib/schemas/tags";
import { createTag } from "@/lib/server/tags/create-tag";
import { deleteTag } from "@/lib/server/tags/delete-tag";
import { updateTag } from "@/lib/server/tags/update-tag";

export const createTagAction = authedAction(ZCreateTagInput, createTag);
export const updateTagAction = authedAction(ZUpdateTagInput, updateTag);
export const deleteTagAction = authedAction(ZDeleteTagInput, deleteTag);
