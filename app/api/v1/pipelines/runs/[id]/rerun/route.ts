// POST /api/v1/pipelines/runs/{id}/rerun - re-run all jobs, or only the failed ones (owner team members, admins, platform)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { rerunRun } from "@/lib/pipelines/operate-run";
import { rerunBodySchema, runIdParamsSchema } from "@/lib/pipelines/schemas";

export const POST = apiRoute("/api/v1/pipelines/runs/{id}/rerun", { scope: "write", params: runIdParamsSchema, body: rerunBodySchema }, async ({ actor, params, body }) =>
  new ApiResponse(await rerunRun(actor, params.id, body.failedOnly), 202),
);
