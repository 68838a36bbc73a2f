// GET /api/v1/scaffolder/templates - the templates of the catalog (built-in and registered), with filter facets
import { apiRoute } from "@/lib/api/route";
import { listTemplates } from "@/lib/scaffolder/list-templates";
import { listTemplatesQuerySchema } from "@/lib/scaffolder/schemas";

export const GET = apiRoute("/api/v1/scaffolder/templates", { scope: "read", query: listTemplatesQuerySchema }, ({ actor, query }) => listTemplates(actor, query));
