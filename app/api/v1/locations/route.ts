// GET /api/v1/locations - where catalog data comes from, with sync status; POST - register one (upload, a GitHub file URL, an organisation discovery)
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { createLocation } from "@/lib/catalog/locations/create-location";
import { listLocations } from "@/lib/catalog/locations/list-locations";
import { createLocationSchema } from "@/lib/catalog/schemas";

export const GET = apiRoute("/api/v1/locations", { scope: "read" }, async ({ actor }) => ({ items: await listLocations(actor) }));

export const POST = apiRoute("/api/v1/locations", { scope: "write", body: createLocationSchema }, async ({ actor, body }) => {
  return new ApiResponse(await createLocation(actor, body), 201);
});
