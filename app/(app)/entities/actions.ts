"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZCreateEntityInput, ZUpdateEntityInput } from "@/lib/schemas/entities";
import { createEntity } from "@/lib/server/entities/create-entity";
import { updateEntity } from "@/lib/server/entities/update-entity";

export const createEntityAction = authedAction(ZCreateEntityInput, createEntity);
export const updateEntityAction = authedAction(ZUpdateEntityInput, updateEntity);
