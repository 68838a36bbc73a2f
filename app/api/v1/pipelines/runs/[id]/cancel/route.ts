// POST /api/v1/pipelines/runs/{id}/cancel - cancel a queued or running run (owner team members, admins, platform)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { cancelRun } from "@/lib/pipelines/operate-run";
import { runIdParamsSchema } from "@/lib/pipelines/schemas";

export const POST = apiRoute("/api/v1/pipelines/runs/{id}/cancel", { scope: "write", params: runIdParamsSchema }, async ({ actor, params }) => new ApiResponse(await cancelRun(actor, params.id), 202));
