// POST /api/v1/catalog/import - import Backstage YAML: { yaml, dryRun } gives a preview or the result
import { apiRoute } from "@/lib/api/route";
import { applyImport } from "@/lib/catalog/import/apply-import";
import { previewImport } from "@/lib/catalog/import/preview-import";
import { importBodySchema } from "@/lib/catalog/schemas";

export const POST = apiRoute("/api/v1/catalog/import", { scope: "write", body: importBodySchema }, ({ actor, body }) => {
  const files = [{ path: "upload.yaml", content: body.yaml }];
  const source = { kind: "upload" as const, ...(body.locationId && { locationId: body.locationId }) };
  return body.dryRun ? previewImport(actor, files, source) : applyImport(actor, files, source);
});
