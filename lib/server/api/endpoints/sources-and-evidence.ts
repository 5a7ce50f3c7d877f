import "server-only";
import { z } from "zod";
import { pageOf, ZApiEvidence, ZApiSourceDetail, ZApiSourceFull } from "@/lib/schemas/api/resources";
import { ZAttachEvidenceInput, ZCreateSourceInput, ZSourceFilters, ZUpdateEvidenceInput } from "@/lib/schemas/sources";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { loadEvidence } from "@/lib/server/evidence/load-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { updateEvidence } from "@/lib/server/evidence/update-evidence";
import { createSource } from "@/lib/server/sources/create-source";
import { getSource } from "@/lib/server/sources/get-source";
import { listSourcePage } from "@/lib/server/sources/list-source-page";
import { requestCapture } from "@/lib/server/sources/request-capture";
import { defineEndpoint } from "../endpoint";
import { toApiEvidence, toApiSource, toApiSourceDetail } from "../resources";

const ZSourcePath = z.object({ sourceId: z.uuid() });
const ZEvidencePath = z.object({ evidenceId: z.uuid() });

export const sourceAndEvidenceEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/sources",
    operationId: "listSources",
    tag: "Sources",
    summary: "The team's source library, newest first, with the sources page's filters",
    permission: "team.read",
    query: ZSourceFilters.extend({ cursor: z.string().max(300).optional() }),
    response: pageOf(ZApiSourceFull, "SourceList"),
    async run(member, { query }) {
      const page = await listSourcePage(member, query);
      return { items: page.items.map(toApiSource), next: page.nextCursor };
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/sources",
    operationId: "createSource",
    tag: "Sources",
    summary: "Add a source; a web page is captured in the background",
    description: "A URL the library already has returns the existing source (`existing: true`), unchanged.",
    permission: "source.create",
    body: ZCreateSourceInput,
    response: z.object({ source: ZApiSourceFull, existing: z.boolean() }),
    status: 201,
    async run(member, { body }) {
      const created = await createSource(member, body);
      return { source: toApiSource(created.source), existing: created.existing };
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/sources/{sourceId}",
    operationId: "getSource",
    tag: "Sources",
    summary: "A source with its snapshots, its captured text and the claims citing it",
    permission: "team.read",
    params: ZSourcePath,
    response: ZApiSourceDetail,
    run: async (member, { params }) => toApiSourceDetail(await getSource(member, params.sourceId)),
  }),
  defineEndpoint({
    method: "POST",
    path: "/sources/{sourceId}/captures",
    operationId: "captureSource",
    tag: "Sources",
    summary: "Capture the source's page again (a background job)",
    permission: "source.update",
    params: ZSourcePath,
    response: z.object({ jobId: z.uuid() }),
    status: 202,
    run: (member, { params }) => requestCapture(member, { sourceId: params.sourceId }),
  }),
  defineEndpoint({
    method: "POST",
    path: "/claims/{claimId}/evidence",
    operationId: "attachEvidence",
    tag: "Evidence",
    summary: "Cite a source for a claim: supports, refutes or gives context",
    permission: "evidence.manage",
    params: z.object({ claimId: z.uuid() }),
    body: ZAttachEvidenceInput.omit({ claimId: true }),
    response: ZApiEvidence,
    status: 201,
    run: async (member, { params, body }) =>
      toApiEvidence(await attachEvidence(member, { ...body, claimId: params.claimId })),
  }),
  defineEndpoint({
    method: "PATCH",
    path: "/evidence/{evidenceId}",
    operationId: "updateEvidence",
    tag: "Evidence",
    summary: "Change a citation's stance, passage, credibility or note",
    permission: "evidence.manage",
    params: ZEvidencePath,
    body: ZUpdateEvidenceInput.omit({ evidenceId: true }),
    response: ZApiEvidence,
    run: async (member, { params, body }) =>
      toApiEvidence(await updateEvidence(member, { ...body, evidenceId: params.evidenceId })),
    current: async (member, { params }) => toApiEvidence(await loadEvidence(member.teamId, params.evidenceId)),
  }),
  defineEndpoint({
    method: "DELETE",
    path: "/evidence/{evidenceId}",
    operationId: "removeEvidence",
    tag: "Evidence",
    summary: "Remove a citation (the version read is required)",
    permission: "evidence.manage",
    params: ZEvidencePath,
    query: z.object({ version: z.coerce.number().int().positive() }),
    response: z.object({ evidenceId: z.uuid(), claimId: z.uuid() }),
    run: (member, { params, query }) =>
      removeEvidence(member, { evidenceId: params.evidenceId, version: query.version }),
    current: async (member, { params }) => toApiEvidence(await loadEvidence(member.teamId, params.evidenceId)),
  }),
];
