// GET/PUT/DELETE /api/v1/entities/{kind}/{namespace}/{name} - one entity in Backstage's shape; replace or delete a portal-owned one
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { deleteEntity } from "@/lib/catalog/query/delete-entity";
import { getEntity } from "@/lib/catalog/query/get-entity";
import { updateEntity } from "@/lib/catalog/query/update-entity";
import { entityDescriptorSchema, entityRefParamsSchema } from "@/lib/catalog/schemas";

const route = "/api/v1/entities/{kind}/{namespace}/{name}";
const refOf = (p: { kind: string; namespace: string; name: string }) => `${p.kind}:${p.namespace}/${p.name}`;

export const GET = apiRoute(route, { scope: "read", params: entityRefParamsSchema }, ({ actor, params }) => getEntity(actor, refOf(params)));

export const PUT = apiRoute(route, { scope: "write", params: entityRefParamsSchema, body: entityDescriptorSchema }, ({ actor, params, body }) =>
  updateEntity(actor, refOf(params), body),
);

export const DELETE = apiRoute(route, { scope: "write", params: entityRefParamsSchema }, async ({ actor, params }) => {
  await deleteEntity(actor, refOf(params));
  return new ApiResponse(null, 204);
});
