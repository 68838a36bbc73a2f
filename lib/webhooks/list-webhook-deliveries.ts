import "server-only";
import { assertCan, type Actor } from "../auth/actor";
import { db } from "../db/client";

/** The most recent deliveries, newest first, for the integrations settings screen. */
export async function listWebhookDeliveries(actor: Actor, options: { take?: number } = {}) {
  assertCan(actor, "integrations.manage");
  return db.webhookDelivery.findMany({
    orderBy: { receivedAt: "desc" },
    take: Math.min(Math.max(options.take ?? 50, 1), 200),
    select: { id: true, deliveryId: true, source: true, event: true, action: true, status: true, error: true, durationMs: true, receivedAt: true, processedAt: true },
  });
}
