import "server-only";
import type { ApiEndpoint } from "../endpoint";
import { articleEndpoints } from "./articles";
import { claimEndpoints } from "./claims";
import { entityAndSearchEndpoints } from "./entities-and-search";
import { reportExportEndpoints } from "./report-exports";
import { sourceAndEvidenceEndpoints } from "./sources-and-evidence";
import { tagEndpoints } from "./tags";

/** Every operation of /api/v1, in the order the reference lists them. */
export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  ...articleEndpoints,
  ...claimEndpoints,
  ...sourceAndEvidenceEndpoints,
  ...entityAndSearchEndpoints,
  ...reportExportEndpoints,
  ...tagEndpoints,
];
