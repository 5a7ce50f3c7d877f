import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  REPORT_MEDIA_TYPES,
  ZApiExportJob,
  ZApiExportRequest,
  ZApiSetExportRequest,
} from "@/lib/schemas/api/resources";
import {
  getExportJob,
  readExportFile,
  requestReportExport,
  requestSetReportExport,
} from "@/lib/server/reports/background-export";
import { defineEndpoint, fileResponse } from "../endpoint";
import { toApiExportJob } from "../resources";

const ZArticlePath = z.object({ articleId: z.uuid() });
const ZExportPath = z.object({ jobId: z.uuid() });

export const reportExportEndpoints = [
  defineEndpoint({
    method: "POST",
    path: "/articles/{articleId}/exports",
    operationId: "startReportExport",
    tag: "Reports",
    summary: "Start exporting the article's report in a format; poll the export it returns",
    description:
      "The report is written in the background. Poll `links.self` until `status` is SUCCEEDED (then download `links.file`) or FAILED (see `errorCode`).",
    permission: "report.export",
    params: ZArticlePath,
    body: ZApiExportRequest,
    response: ZApiExportJob,
    status: 202,
    run: async (member, { params, body }) =>
      toApiExportJob(await requestReportExport(member, { articleId: params.articleId, ...body })),
  }),
  defineEndpoint({
    method: "POST",
    path: "/exports",
    operationId: "startSetReportExport",
    tag: "Reports",
    summary: "Start exporting the report of any set of claims (a case, a search, a claimant, a tag)",
    description:
      "Like an article's export, for a set: the claims are grouped by article and the report is titled by what was selected. Poll `links.self`.",
    permission: "report.export",
    body: ZApiSetExportRequest,
    response: ZApiExportJob,
    status: 202,
    run: async (member, { body }) => toApiExportJob(await requestSetReportExport(member, body)),
  }),
  defineEndpoint({
    method: "GET",
    path: "/exports/{jobId}",
    operationId: "getReportExport",
    tag: "Reports",
    summary: "An export's status and progress",
    permission: "report.export",
    params: ZExportPath,
    response: ZApiExportJob,
    run: async (member, { params }) => toApiExportJob(await getExportJob(member, params)),
  }),
  defineEndpoint({
    method: "GET",
    path: "/exports/{jobId}/file",
    operationId: "downloadReportExport",
    tag: "Reports",
    summary: "The exported file, as an attachment",
    description:
      "An export that has not finished answers 409 CONFLICT with `reason` `exportNotFinished` (poll it first), one that failed 409 `exportFailed`.",
    permission: "report.export",
    params: ZExportPath,
    response: fileResponse(
      "The report file; its media type follows the export's format.",
      Object.values(REPORT_MEDIA_TYPES),
    ),
    async run(member, { params }) {
      const job = await getExportJob(member, params);
      if (job.status !== "SUCCEEDED")
        throw new AppError("CONFLICT", "The export has no file yet", {
          reason: job.status === "FAILED" ? "exportFailed" : "exportNotFinished",
        });
      const file = await readExportFile(member, params);
      return { fileName: file.fileName, contentType: file.contentType, bytes: file.bytes };
    },
  }),
];
