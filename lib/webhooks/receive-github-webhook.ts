import "server-only";
// POST /api/webhooks/github, minus HTTP: verify, record, dedupe, validate, then queue the
// handling as a job so GitHub gets its answer in milliseconds (it gives up after 10 s).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { log } from "../log";
import { enqueueJob } from "../jobs/enqueue-job";
import { isGithubEventName, payloadProblem } from "./github-events";
import { verifyGithubSignature } from "./verify-signature";

export type WebhookAnswer = { status: number; body: { status: string; message: string; deliveryId?: string } };

type Incoming = { headers: Headers; body: string; integrationName?: string };

export async function receiveGithubWebhook({ headers, body, integrationName }: Incoming): Promise<WebhookAnswer> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const event = headers.get("x-github-event") ?? "";
  const deliveryId = headers.get("x-github-delivery") || null;

  const check = await verifyGithubSignature(body, headers.get("x-hub-signature-256"), integrationName);
  if ("refused" in check) {
    // Not trusted, so its delivery id is not recorded: a forger must not block the real one.
    log.warn({ event, deliveryId, reason: check.refused }, "refused a GitHub webhook");
    await db.webhookDelivery.create({ data: { source: "github", event: event || "unknown", status: "refused", error: check.refused, durationMs: elapsed() } });
    return { status: 401, body: { status: "refused", message: check.refused } };
  }

  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    payload = undefined;
  }
  const action = typeof (payload as { action?: unknown })?.action === "string" ? (payload as { action: string }).action : null;

  const row = await claimDelivery(deliveryId, event, action);
  if (!row) return { status: 200, body: { status: "duplicate", message: "duplicate, ignored" } };
  const finish = async (status: string, error: string | null) => {
    await db.webhookDelivery.update({ where: { id: row.id }, data: { status, error, durationMs: elapsed(), processedAt: new Date() } });
    return { status, message: error ?? status, deliveryId: row.id };
  };

  if (payload === undefined || typeof payload !== "object" || payload === null) {
    log.warn({ event, deliveryId }, "GitHub webhook body is not a JSON object");
    return { status: 400, body: await finish("failed", "the body is not a JSON object") };
  }
  if (event === "ping") return { status: 200, body: await finish("processed", null) };
  if (!isGithubEventName(event)) {
    log.info({ event, deliveryId }, "ignored a GitHub webhook event nobody handles");
    return { status: 200, body: await finish("ignored", `no handler for the '${event || "(none)"}' event`) };
  }
  const problem = payloadProblem(event, payload);
  if (problem) {
    log.warn({ event, deliveryId, problem }, "GitHub webhook payload failed its schema");
    return { status: 422, body: await finish("failed", problem) };
  }
  await db.$transaction(async (tx) => {
    await enqueueJob(tx, "github.webhook", { deliveryRowId: row.id, integrationId: check.integrationId, event, payload: payload as Prisma.InputJsonValue });
    await tx.webhookDelivery.update({ where: { id: row.id }, data: { status: "queued", durationMs: elapsed() } });
  });
  return { status: 200, body: { status: "queued", message: "accepted", deliveryId: row.id } };
}

/**
 * Insert first: the unique deliveryId makes exactly one receiver win, on either database. A
 * redelivery of a delivery that failed may run again (GitHub's "Redeliver" keeps the id); one of
 * anything else is a duplicate.
 */
async function claimDelivery(deliveryId: string | null, event: string, action: string | null) {
  try {
    return await db.webhookDelivery.create({ data: { deliveryId, source: "github", event: event || "unknown", action, status: "received" } });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002" || !deliveryId) throw error;
    const retried = await db.webhookDelivery.updateMany({
      where: { deliveryId, status: "failed" },
      data: { status: "received", error: null, receivedAt: new Date(), processedAt: null },
    });
    if (retried.count === 0) {
      log.info({ deliveryId, event }, "duplicate GitHub webhook delivery ignored");
      return null;
    }
    return db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId } });
  }
}
