// POST /api/v1/integrations/{id}/test - check the connection now; a GitHub failure is a 200 with ok: false
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { testIntegration } from "@/lib/integrations/test-integration";

const params = z.object({ id: z.string().min(1) });

export const POST = apiRoute("/api/v1/integrations/{id}/test", { scope: "write", params }, ({ actor, params }) => testIntegration(actor, params.id));
