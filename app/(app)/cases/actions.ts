"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { ZCaseMembershipInput, ZCreateCaseInput, ZDeleteCaseInput, ZUpdateCaseInput } from "@/lib/schemas/cases";
import { addToCase } from "@/lib/server/cases/add-to-case";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { listCasesOf } from "@/lib/server/cases/list-cases-of";
import { removeFromCase } from "@/lib/server/cases/remove-from-case";
import { updateCase } from "@/lib/server/cases/update-case";

export const createCaseAction = authedAction(ZCreateCaseInput, createCase);
export const updateCaseAction = authedAction(ZUpdateCaseInput, updateCase);
export const deleteCaseAction = authedAction(ZDeleteCaseInput, deleteCase);
export const addToCaseAction = authedAction(ZCaseMembershipInput, addToCase);
export const removeFromCaseAction = authedAction(ZCaseMembershipInput, removeFromCase);

/** An item's cases, loaded when its page's control shows (outside the page's own SQL budget). */
export const listCasesOfAction = authedAction(
  z.object({ kind: z.enum(["article", "claim", "source"]), id: z.uuid() }),
  (member, input) => listCasesOf(member, input.kind, input.id),
);
