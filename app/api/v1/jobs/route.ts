// GET /api/v1/jobs - list background jobs, filtered by status and type (admins)
import { apiRoute } from "@/lib/api/route";
import { listJobs } from "@/lib/jobs/list-jobs";
import { listJobsQuerySchema } from "@/lib/jobs/schemas";

export const GET = apiRoute("/api/v1/jobs", { scope: "read", query: listJobsQuerySchema }, ({ actor, query }) => listJobs(actor, query));
