// POST /api/v1/pipelines/dispatch - run a workflow_dispatch workflow with inputs (owner team members, admins, platform)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { dispatchWorkflow } from "@/lib/pipelines/dispatch-workflow";
import { dispatchBodySchema } from "@/lib/pipelines/schemas";

export const POST = apiRoute("/api/v1/pipelines/dispatch", { scope: "write", body: dispatchBodySchema }, async ({ actor, body }) => new ApiResponse(await dispatchWorkflow(actor, body), 202));
