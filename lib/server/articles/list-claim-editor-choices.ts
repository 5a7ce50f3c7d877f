import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import type { PersonRef } from "@/lib/server/claims/claim-dto";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { listEntities } from "@/lib/server/entities/list-entities";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";

/** What the claim editor offers to choose from (claimants, assignees): loaded when it first opens, not with the page. */
export async function listClaimEditorChoices(member: Member): Promise<{ entities: EntityDto[]; people: PersonRef[] }> {
  assertCan(member, "team.read");
  const [entities, people] = await Promise.all([listEntities(member), listTeamPeople(member)]);
  return { entities, people };
}
