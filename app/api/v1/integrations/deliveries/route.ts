// GET /api/v1/integrations/deliveries - recent webhook deliveries and their outcome (admins)
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";

const query = z.object({ take: z.coerce.number().int().min(1).max(200).default(50) });

export const GET = apiRoute("/api/v1/integrations/deliveries", { scope: "write", query }, async ({ actor, query }) => ({
  items: await listWebhookDeliveries(actor, { take: query.take }),
}));
