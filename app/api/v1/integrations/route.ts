// GET /api/v1/integrations - every integration, without secrets; POST - add one (admins)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createIntegration } from "@/lib/integrations/create-integration";
import { listIntegrations } from "@/lib/integrations/list-integrations";
import { createIntegrationSchema } from "@/lib/integrations/schemas";

export const GET = apiRoute("/api/v1/integrations", { scope: "write" }, async ({ actor }) => ({ items: await listIntegrations(actor) }));

export const POST = apiRoute("/api/v1/integrations", { scope: "write", body: createIntegrationSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createIntegration(actor, body), 201);
});
