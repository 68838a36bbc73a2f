// GET /api/v1/entities - list catalog entities (filters, q, fields, cursor); POST - register one from a descriptor
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createEntity } from "@/lib/catalog/query/create-entity";
import { listEntities } from "@/lib/catalog/query/list-entities";
import { entityDescriptorSchema, listEntitiesQuerySchema } from "@/lib/catalog/schemas";

export const GET = apiRoute("/api/v1/entities", { scope: "read", query: listEntitiesQuerySchema }, ({ actor, query }) => {
  const { orphan, ...rest } = query;
  return listEntities(actor, { ...rest, ...(orphan && { orphan: orphan === "true" }) });
});

export const POST = apiRoute("/api/v1/entities", { scope: "write", body: entityDescriptorSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createEntity(actor, body), 201);
});
