// GET /api/v1/pipelines/jobs/{id}/logs - a job's plain-text log, read from GitHub
import { apiRoute } from "@/lib/api/route";
import { getJobLog } from "@/lib/pipelines/get-job-log";
import { runIdParamsSchema } from "@/lib/pipelines/schemas";

export const GET = apiRoute("/api/v1/pipelines/jobs/{id}/logs", { scope: "read", params: runIdParamsSchema }, ({ actor, params }) => getJobLog(actor, params.id));
