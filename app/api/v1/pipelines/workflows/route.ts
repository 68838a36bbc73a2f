// GET /api/v1/pipelines/workflows - an entity's dispatchable workflows and their workflow_dispatch inputs
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { listDispatchableWorkflows } from "@/lib/pipelines/dispatch-workflow";

export const GET = apiRoute("/api/v1/pipelines/workflows", { scope: "read", query: z.object({ entity: z.string().trim().min(1).max(300) }) }, async ({ actor, query }) => ({
  items: await listDispatchableWorkflows(actor, query.entity),
}));
