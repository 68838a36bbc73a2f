// GET /api/v1/pipelines/runs - an entity's recent workflow runs (filters: workflow, branch, status)
import { apiRoute } from "@/lib/api/route";
import { listEntityRuns } from "@/lib/pipelines/list-entity-runs";
import { listRunsQuerySchema } from "@/lib/pipelines/schemas";

export const GET = apiRoute("/api/v1/pipelines/runs", { scope: "read", query: listRunsQuerySchema }, ({ actor, query }) => listEntityRuns(actor, query));
