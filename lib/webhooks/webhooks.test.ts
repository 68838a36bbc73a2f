import { randomUUID } from "node:crypto";
import examples from "@octokit/webhooks-examples";
import { sign } from "@octokit/webhooks-methods";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createIntegration } from "../integrations/create-integration";
import { log } from "../log";
import { createActor, unique } from "../test/fixtures";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { processGithubDelivery, type DeliveryJob } from "./process-github-delivery";
import { receiveGithubWebhook } from "./receive-github-webhook";
import { onGithubEvent } from "./registry";

const SECRET = "a-webhook-secret-for-tests-0123";

function example(name: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === name);
  if (!found) throw new Error(`no example for ${name}`);
  return structuredClone(found.examples[0]) as Record<string, unknown>;
}

async function deliver(event: string, payload: unknown, options: { secret?: string | null; id?: string } = {}) {
  const body = JSON.stringify(payload);
  const id = options.id ?? randomUUID();
  const headers = new Headers({ "x-github-event": event, "x-github-delivery": id, "content-type": "application/json" });
  if (options.secret !== null) headers.set("x-hub-signature-256", await sign(options.secret ?? SECRET, body));
  return { id, answer: await receiveGithubWebhook({ headers, body }) };
}

async function runJobFor(deliveryRowId: string) {
  const jobs = await db.job.findMany({ where: { type: "github.webhook" } });
  const job = jobs.find((j) => (j.payload as DeliveryJob).deliveryRowId === deliveryRowId);
  if (!job) throw new Error("no job queued");
  return processGithubDelivery(job.payload as DeliveryJob, { db, log });
}

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((remove) => remove()));

describe("GitHub webhooks", () => {
  beforeAll(async () => {
    await createIntegration(await createActor("admin"), { auth: "token", name: unique("hooks"), token: "ghp_x", webhookSecret: SECRET });
  });

  it("accepts a signed push, queues it, and dispatches it typed to registered handlers once", async () => {
    const seen: string[] = [];
    removers.push(onGithubEvent("push", (event) => void seen.push(`${event.payload.repository.full_name}@${event.payload.ref}`)));
    const payload = example("push");
    const { id, answer } = await deliver("push", payload);
    expect(answer).toMatchObject({ status: 200, body: { status: "queued" } });
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId: id } });
    expect(row).toMatchObject({ source: "github", event: "push", status: "queued" });

    await runJobFor(row.id);
    expect(seen).toEqual([`${(payload.repository as { full_name: string }).full_name}@${payload.ref as string}`]);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId: id } })).toMatchObject({ status: "processed", durationMs: expect.any(Number) });

    // GitHub retries: the same delivery id is answered but not processed again.
    const again = await deliver("push", payload, { id });
    expect(again.answer).toEqual({ status: 200, body: { status: "duplicate", message: "duplicate, ignored" } });
    await runJobFor(row.id);
    expect(seen).toHaveLength(1);
  });

  it("refuses missing and wrong signatures with 401 and records them untrusted", async () => {
    const missing = await deliver("push", example("push"), { secret: null });
    expect(missing.answer).toMatchObject({ status: 401, body: { message: "missing X-Hub-Signature-256 signature" } });
    const wrong = await deliver("push", example("push"), { secret: "not-the-secret-at-all" });
    expect(wrong.answer.status).toBe(401);
    expect(await db.webhookDelivery.findUnique({ where: { deliveryId: wrong.id } })).toBeNull();
    expect(await db.webhookDelivery.count({ where: { status: "refused", deliveryId: null } })).toBeGreaterThanOrEqual(2);
  });

  it("records an unknown event as ignored and a ping as processed", async () => {
    const { id, answer } = await deliver("star", example("star"));
    expect(answer.status).toBe(200);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId: id } })).toMatchObject({ status: "ignored", error: "no handler for the 'star' event" });
    const ping = await deliver("ping", example("ping"));
    expect(ping.answer.body.status).toBe("processed");
  });

  it("fails a payload that does not match its schema, with the reason", async () => {
    const payload = example("workflow_run");
    delete (payload.workflow_run as Record<string, unknown>).id;
    const { id, answer } = await deliver("workflow_run", payload);
    expect(answer.status).toBe(422);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId: id } })).toMatchObject({
      status: "failed",
      error: "payload does not match the 'workflow_run' event: workflow_run.id: Invalid input: expected number, received undefined",
    });
  });

  it("marks a delivery failed when a handler throws, and a redelivery runs again", async () => {
    let fail = true;
    removers.push(onGithubEvent("release", () => { if (fail) throw new Error("catalog is busy"); }));
    const payload = example("release");
    const { id } = await deliver("release", payload);
    const row = await db.webhookDelivery.findUniqueOrThrow({ where: { deliveryId: id } });
    await expect(runJobFor(row.id)).rejects.toThrow("catalog is busy");
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "failed", error: "catalog is busy" });

    fail = false;
    const redelivered = await deliver("release", payload, { id });
    expect(redelivered.answer.body.status).toBe("queued");
    await processGithubDelivery({ deliveryRowId: row.id, integrationId: "x", event: "release", payload }, { db, log });
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "processed", error: null });
  });

  it("lists recent deliveries for admins only", async () => {
    const admin = await createActor("admin");
    expect((await listWebhookDeliveries(admin, { take: 5 })).length).toBeGreaterThan(0);
    await expect(listWebhookDeliveries(await createActor("platform"))).rejects.toMatchObject({ code: "forbidden" });
  });
});
