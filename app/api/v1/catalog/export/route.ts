// GET /api/v1/catalog/export - the whole catalog as multi-document Backstage YAML
import { apiRoute } from "@/lib/api/route";
import { exportCatalog } from "@/lib/catalog/query/export-catalog";

export const GET = apiRoute("/api/v1/catalog/export", { scope: "read" }, async ({ actor }) => {
  const yaml = await exportCatalog(actor);
  return new Response(yaml, {
    headers: { "content-type": "application/yaml; charset=utf-8", "content-disposition": 'attachment; filename="catalog.yaml"', "cache-control": "no-store" },
  });
});
