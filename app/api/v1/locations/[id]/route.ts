// DELETE /api/v1/locations/{id} - remove a location; its entities stay as orphans
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { deleteLocation } from "@/lib/catalog/locations/delete-location";

const params = z.object({ id: z.string().min(1) });

export const DELETE = apiRoute("/api/v1/locations/{id}", { scope: "write", params }, ({ actor, params }) => deleteLocation(actor, params.id));
