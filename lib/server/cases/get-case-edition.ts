import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { loadCaseEdition, toEditionState, type CaseEditionState } from "./case-edition-state";

/** The case's public edition: what is published, what publishing now would change, and whether this member may. */
export async function getCaseEdition(member: Member, input: { caseId: string }): Promise<CaseEditionState> {
  assertCan(member, "team.read");
  return toEditionState(await loadCaseEdition(db, member, input.caseId));
}
