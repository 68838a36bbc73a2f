// GET /api/v1/deployments/matrix - what is deployed where: entities × environments, drift flagged
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { getDeploymentMatrix } from "@/lib/deployments/get-deployment-matrix";

const query = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1), q: z.string().trim().min(1).max(100).optional() });

export const GET = apiRoute("/api/v1/deployments/matrix", { scope: "read", query }, ({ actor, query }) =>
  getDeploymentMatrix(actor, { page: query.page, ...(query.q && { q: query.q }) }),
);
