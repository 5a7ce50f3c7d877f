"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { ZLabelRefInput, ZMoveLabelInput, ZRatingLabelInput, ZRetireLabelInput } from "@/lib/schemas/ratings";
import {
  deleteRatingLabel,
  moveRatingLabel,
  retireRatingLabel,
  saveRatingLabel,
} from "@/lib/server/ratings/save-rating-label";

export const saveLabelAction = authedAction(ZRatingLabelInput, saveRatingLabel);
export const moveLabelAction = authedAction(ZMoveLabelInput, moveRatingLabel);
export const retireLabelAction = authedAction(ZRetireLabelInput, retireRatingLabel);
export const deleteLabelAction = authedAction(ZLabelRefInput, deleteRatingLabel);
