import "server-only";
import { appUrl } from "@/lib/config/env";
import type { ReportKeys } from "@/lib/export/html";
import { listPublicKeys } from "./list-public-keys";

/** What an HTML/PDF report's footer shows: the team's published keys and where readers check them. */
export async function reportKeysOf(teamId: string): Promise<ReportKeys> {
  const keys = await listPublicKeys({ teamId });
  return {
    keysUrl: appUrl("/api/public/keys"),
    verifyUrl: appUrl("/verify"),
    keys: keys.map(({ fingerprint, notBefore, notAfter }) => ({ fingerprint, notBefore, notAfter })),
  };
}
