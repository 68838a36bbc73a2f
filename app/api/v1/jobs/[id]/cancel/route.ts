// POST /api/v1/jobs/{id}/cancel - cancel a job that has not started (admins)
import { apiRoute } from "@/lib/api/route";
import { cancelJob } from "@/lib/jobs/cancel-job";
import { jobIdParamsSchema } from "@/lib/jobs/schemas";

export const POST = apiRoute("/api/v1/jobs/{id}/cancel", { scope: "write", params: jobIdParamsSchema }, ({ actor, params }) =>
  cancelJob(actor, params.id),
);
