// POST /api/v1/locations/{id}/refresh - queue a re-read of a GitHub-fed location (202)
import { z } from "zod";
import { apiRoute, ApiResponse } from "@/lib/api/route";
import { refreshLocation } from "@/lib/catalog/locations/refresh-location";

const params = z.object({ id: z.string().min(1) });

export const POST = apiRoute("/api/v1/locations/{id}/refresh", { scope: "write", params }, async ({ actor, params }) => new ApiResponse(await refreshLocation(actor, params.id), 202));
