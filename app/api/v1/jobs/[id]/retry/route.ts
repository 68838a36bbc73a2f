// POST /api/v1/jobs/{id}/retry - queue a failed or cancelled job again (admins)
import { apiRoute } from "@/lib/api/route";
import { retryJob } from "@/lib/jobs/retry-job";
import { jobIdParamsSchema } from "@/lib/jobs/schemas";

export const POST = apiRoute("/api/v1/jobs/{id}/retry", { scope: "write", params: jobIdParamsSchema }, ({ actor, params }) =>
  retryJob(actor, params.id),
);
