// GET /api/v1/entities/facets - counts per kind, type, owner, lifecycle, system and tag under the other filters
import { apiRoute } from "@/lib/api/route";
import { getEntityFacets } from "@/lib/catalog/query/get-entity-facets";
import { entityFiltersSchema } from "@/lib/catalog/schemas";

export const GET = apiRoute("/api/v1/entities/facets", { scope: "read", query: entityFiltersSchema }, ({ actor, query }) => {
  const { orphan, ...rest } = query;
  return getEntityFacets(actor, { ...rest, ...(orphan && { orphan: orphan === "true" }) });
});
