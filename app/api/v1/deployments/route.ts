// GET/POST /api/v1/deployments - an entity's deployment history; report a deployment from any CI/CD tool (idempotent on id)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { listEntityDeployments } from "@/lib/deployments/list-entity-deployments";
import { reportDeployment } from "@/lib/deployments/report-deployment";
import { listDeploymentsQuerySchema, reportDeploymentSchema } from "@/lib/deployments/schemas";

export const GET = apiRoute("/api/v1/deployments", { scope: "read", query: listDeploymentsQuerySchema }, ({ actor, query }) =>
  listEntityDeployments(actor, query.entity, { ...(query.environment && { environment: query.environment }), take: query.take }),
);

export const POST = apiRoute("/api/v1/deployments", { scope: "write", body: reportDeploymentSchema }, async ({ actor, body }) => {
  const { deployment, created, applied } = await reportDeployment(actor, body);
  return new ApiResponse({ ...deployment, applied }, created ? 201 : 200);
});
