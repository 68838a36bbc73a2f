// GET /api/v1/pipelines/runs/{id} - a run with its jobs and steps
import { apiRoute } from "@/lib/api/route";
import { getRun } from "@/lib/pipelines/get-run";
import { runIdParamsSchema } from "@/lib/pipelines/schemas";

export const GET = apiRoute("/api/v1/pipelines/runs/{id}", { scope: "read", params: runIdParamsSchema }, ({ actor, params }) => getRun(actor, params.id));
