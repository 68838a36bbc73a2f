// GET /api/v1/openapi.json - the OpenAPI 3.1 description of this API (public, no token needed)
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument());
}
