// GET /api/v1/jobs/{id} - one background job with its payload and result (admins)
import { apiRoute } from "@/lib/api/route";
import { getJob } from "@/lib/jobs/get-job";
import { jobIdParamsSchema } from "@/lib/jobs/schemas";

export const GET = apiRoute("/api/v1/jobs/{id}", { scope: "read", params: jobIdParamsSchema }, ({ actor, params }) => getJob(actor, params.id));
