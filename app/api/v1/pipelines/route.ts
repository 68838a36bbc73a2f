// GET /api/v1/pipelines - every repository's latest default-branch run, failing first, with success rate and median duration
import { apiRoute } from "@/lib/api/route";
import { getOrgPipelines } from "@/lib/pipelines/get-org-pipelines";
import { orgPipelinesQuerySchema } from "@/lib/pipelines/schemas";

export const GET = apiRoute("/api/v1/pipelines", { scope: "read", query: orgPipelinesQuerySchema }, ({ actor, query }) =>
  getOrgPipelines(actor, { days: query.days as 7 | 30 | 90, page: query.page }),
);
