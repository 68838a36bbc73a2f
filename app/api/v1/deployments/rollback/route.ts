// POST /api/v1/deployments/rollback - redeploy the previous successful version through the entity's deploy workflow
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { rollbackDeployment } from "@/lib/deployments/rollback-deployment";
import { rollbackSchema } from "@/lib/deployments/schemas";

export const POST = apiRoute("/api/v1/deployments/rollback", { scope: "write", body: rollbackSchema }, async ({ actor, body }) => new ApiResponse(await rollbackDeployment(actor, body), 202));
