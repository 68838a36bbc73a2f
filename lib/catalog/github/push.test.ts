// Push webhooks end to end: the simulator pushes, signs and delivers a webhook to the real route
// handler (behind a small HTTP server), the in-process worker wakes for the github.webhook job,
// and the entity changes. Measured from the webhook's arrival to the change being visible.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { githubFor } from "../../integrations/github/connect";
import { runWorker } from "../../jobs/run-worker";
import { unique } from "../../test/fixtures";
import { createLocation } from "../locations/create-location";
import { deleteLocation } from "../locations/delete-location";
import { syncDiscoveryLocation } from "./sync-discovery-location";
import { componentYaml, connectSim, receiveWebhooks, waitFor, WEBHOOK_SECRET, type Connected } from "./test-sim";

let c: Connected;
let receiver: Awaited<ReturnType<typeof receiveWebhooks>> | undefined;
const worker = new AbortController();
let workerDone: Promise<void>;
const arrivals: number[] = [];

beforeAll(async () => {
  c = await connectSim();
  // GitHub's side of the wire: the simulator posts here; we hand the request to the route.
  receiver = await receiveWebhooks(() => arrivals.push(performance.now()));
  c.sim.control.setWebhookTarget(receiver.url, WEBHOOK_SECRET);
  workerDone = runWorker({ workerId: unique("test-worker"), signal: worker.signal, pollMs: 1_000 });
});
afterAll(async () => {
  worker.abort();
  await workerDone;
  receiver?.close();
  await c?.sim.stop();
});

async function newRepo(name: string, files: Record<string, string>) {
  await (await githubFor(c.integrationId)).createRepo({ org: "acme", name, isPrivate: false });
  await c.sim.control.push(`acme/${name}`, files);
}

describe("push webhooks", () => {
  it("update a discovered entity within 2 s of the webhook arriving, and orphan it when its file is deleted", async () => {
    const name = unique("pushed");
    await newRepo(name, { "catalog-info.yaml": componentYaml(name, "First") });
    const location = await createLocation(c.admin, { type: "github-discovery", target: "acme", spec: { namePattern: name } });
    await syncDiscoveryLocation(location.id);
    const entity = () => db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` } });
    expect(await entity()).toMatchObject({ description: "First", locationId: location.id });

    const latencies: number[] = [];
    for (const description of ["Second", "Third", "Fourth"]) {
      const before = arrivals.length;
      const { sha } = await c.sim.control.push(`acme/${name}`, { "catalog-info.yaml": componentYaml(name, description) }, `describe as ${description}`);
      const arrived = arrivals[before]!;
      const seenAt = await waitFor(async () => ((await entity()).description === description ? performance.now() : undefined), 5_000, 5);
      latencies.push(seenAt - arrived);
      expect((await entity()).sourceCommit).toBe(sha);
    }
    console.log(`push-to-visible latency (${process.env.FLIGHTDECK_TEST_DB}): ${latencies.map((ms) => `${Math.round(ms)} ms`).join(", ")}`);
    for (const ms of latencies) expect(ms).toBeLessThanOrEqual(2_000);

    // A push elsewhere in the repository re-reads nothing.
    const synced = (await entity()).syncedAt;
    await c.sim.control.push(`acme/${name}`, { "README.md": "# readme\n" });
    await waitFor(async () => ((await db.webhookDelivery.findFirst({ where: { event: "push", status: "processed" }, orderBy: { receivedAt: "desc" } }))?.receivedAt ?? 0) > synced! ? true : undefined);
    expect((await entity()).syncedAt).toEqual(synced);

    await c.sim.control.push(`acme/${name}`, { "catalog-info.yaml": null as unknown as string }, "remove the descriptor");
    const orphanedAt = await waitFor(async () => (await entity()).orphanedAt ?? undefined);
    expect(orphanedAt).toBeInstanceOf(Date);
    await deleteLocation(c.admin, location.id);
  });

  it("re-read a discovered API when only the definition its $text points at changes", async () => {
    const name = unique("texted");
    const descriptor = `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata: {name: ${name}}\nspec: {type: openapi, lifecycle: production, owner: payments, definition: {$text: ./openapi.yaml}}\n`;
    await newRepo(name, { "catalog-info.yaml": descriptor, "openapi.yaml": "openapi: 3.0.0\ninfo: {title: v1, version: 1.0.0}\n" });
    const location = await createLocation(c.admin, { type: "github-discovery", target: "acme", spec: { namePattern: name } });
    await syncDiscoveryLocation(location.id);
    expect(await db.location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ readPaths: [`acme/${name}/openapi.yaml`] });
    const definition = async () => ((await db.entity.findUniqueOrThrow({ where: { ref: `api:default/${name}` } })).spec as { definition: string }).definition;
    expect(await definition()).toContain("title: v1");
    await c.sim.control.push(`acme/${name}`, { "openapi.yaml": "openapi: 3.0.0\ninfo: {title: v2, version: 2.0.0}\n" });
    await waitFor(async () => ((await definition()).includes("title: v2") ? true : undefined), 5_000, 10);
  });

  it("re-read a file URL location when its file changes on its branch", async () => {
    const name = unique("byurl");
    await newRepo(name, { "svc/catalog-info.yaml": componentYaml(name, "One") });
    await createLocation(c.admin, { type: "url", target: `${c.sim.url}/acme/${name}/blob/main/svc/catalog-info.yaml` });
    const entity = () => db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` } });
    expect((await entity()).description).toBe("One");
    await c.sim.control.push(`acme/${name}`, { "svc/catalog-info.yaml": componentYaml(name, "Two") });
    await waitFor(async () => ((await entity()).description === "Two" ? true : undefined), 2_000);
  });
});
