import type { Role } from "./permissions";

export interface TeamChoice {
  teamId: string;
  teamName: string;
  role: Role;
}

/**
 * The signed-in person acting in one team: what every use case receives. It is loaded
 * from the database on each request, so a role change or a disabled membership takes
 * effect on the next request even though the session itself is a JWT.
 */
export interface Member {
  userId: string;
  name: string;
  email: string;
  teamId: string;
  teamName: string;
  role: Role;
  teams: TeamChoice[];
  /** The session this request acts through; absent for the operator's CLI and in tests. */
  sessionId?: string;
  /** The API token this request acts through (lib/server/api-tokens/bearer-member.ts); absent in the UI. */
  tokenId?: string;
}
