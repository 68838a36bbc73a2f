// GET /api/v1/metrics/dora - DORA metrics for an entity, a team or the organisation: the numbers the screen shows
import { apiRoute } from "@/lib/api/route";
import { getDoraMetrics } from "@/lib/dora/get-dora-metrics";
import { doraQuerySchema } from "@/lib/dora/schemas";

export const GET = apiRoute("/api/v1/metrics/dora", { scope: "read", query: doraQuerySchema }, ({ actor, query }) => getDoraMetrics(actor, query));
