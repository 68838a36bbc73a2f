import "server-only";
// The github.webhook job's work: run every registered handler for the delivery and record the
// outcome on its WebhookDelivery row. A handler's failure marks the delivery failed and lets the
// job retry; a delivery already processed is never handled twice.
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { type GithubEvent, type GithubEventName, isGithubEventName, payloadProblem } from "./github-events";
import { githubHandlersFor } from "./registry";

export type DeliveryJob = { deliveryRowId: string; integrationId: string; event: string; payload: unknown };

export async function processGithubDelivery(job: DeliveryJob, ctx: { db: Db; log: Logger }) {
  const { db, log } = ctx;
  const row = await db.webhookDelivery.findUnique({ where: { id: job.deliveryRowId } });
  if (!row) throw AppError.notFound(`webhook delivery '${job.deliveryRowId}'`);
  if (row.status === "processed") return { handlers: 0, skipped: "already processed" };
  if (!isGithubEventName(job.event)) throw new AppError("validation", `unknown GitHub event '${job.event}'`);
  const problem = payloadProblem(job.event, job.payload);
  if (problem) {
    await db.webhookDelivery.update({ where: { id: row.id }, data: { status: "failed", error: problem, processedAt: new Date() } });
    return { handlers: 0, skipped: problem }; // retrying cannot fix a payload
  }
  const event = { deliveryId: row.id, integrationId: job.integrationId, name: job.event, payload: job.payload } as GithubEvent<GithubEventName>;
  const handlers = githubHandlersFor(job.event);
  try {
    for (const handler of handlers) await handler(event, { db, log: log.child({ event: job.event, deliveryId: row.deliveryId }) });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn({ err: error, event: job.event, deliveryId: row.deliveryId }, "a GitHub webhook handler failed");
    await db.webhookDelivery.update({ where: { id: row.id }, data: { status: "failed", error: message.slice(0, 1000), processedAt: new Date() } });
    throw error;
  }
  const processedAt = new Date();
  await db.webhookDelivery.update({
    where: { id: row.id },
    data: { status: "processed", error: null, processedAt, durationMs: processedAt.getTime() - row.receivedAt.getTime() },
  });
  return { handlers: handlers.length };
}
