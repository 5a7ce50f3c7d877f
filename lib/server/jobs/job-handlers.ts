import "server-only";
import { refreshDashboardJob } from "@/lib/server/dashboard/refresh-dashboard-job";
import { exportReportJob } from "@/lib/server/reports/background-export";
import { captureSourceJob } from "@/lib/server/sources/capture-source";
import { deliverWebhookJob } from "@/lib/server/webhooks/deliver-webhook";
import type { JobKind, TakenJob } from "./job-queue";

export type JobHandler = (job: TakenJob) => Promise<void>;

/** What runs each kind of job. A handler finishes its job with completeJob() in its own transaction. */
export const JOB_HANDLERS: Record<JobKind, JobHandler> = {
  "source.capture": captureSourceJob,
  "report.export": exportReportJob,
  "dashboard.refresh": refreshDashboardJob,
  "webhook.deliver": deliverWebhookJob,
};
