// GET/PATCH/DELETE /api/v1/integrations/{id} - one integration (admins); secrets are write-only
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { deleteIntegration } from "@/lib/integrations/delete-integration";
import { getIntegration } from "@/lib/integrations/get-integration";
import { updateIntegrationSchema } from "@/lib/integrations/schemas";
import { updateIntegration } from "@/lib/integrations/update-integration";

const params = z.object({ id: z.string().min(1) });

export const GET = apiRoute("/api/v1/integrations/{id}", { scope: "write", params }, ({ actor, params }) => getIntegration(actor, params.id));

export const PATCH = apiRoute("/api/v1/integrations/{id}", { scope: "write", params, body: updateIntegrationSchema }, ({ actor, params, body }) =>
  updateIntegration(actor, params.id, body),
);

export const DELETE = apiRoute("/api/v1/integrations/{id}", { scope: "write", params }, async ({ actor, params }) => {
  await deleteIntegration(actor, params.id);
  return new ApiResponse(null, 204);
});
