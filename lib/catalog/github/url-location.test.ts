// A repository file URL registered through the REST API, read from the GitHub simulator: source
// fields, $text at the same commit, 422s that name the problem, a GitHub failure that keeps the
// entities, README, "Sync now" and removal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteRoute } from "../../../app/api/v1/locations/[id]/route";
import { POST as refreshRoute } from "../../../app/api/v1/locations/[id]/refresh/route";
import { GET as listRoute, POST as createRoute } from "../../../app/api/v1/locations/route";
import { db } from "../../db/client";
import { githubFor } from "../../integrations/github/connect";
import { unique } from "../../test/fixtures";
import { getEntityReadme } from "./get-entity-readme";
import { syncUrlLocation } from "./sync-url-location";
import { apiRequest, componentYaml, connectSim, type Connected } from "./test-sim";

const noParams = { params: Promise.resolve({}) };
let c: Connected;
beforeAll(async () => {
  c = await connectSim();
});
afterAll(() => c?.sim.stop());

const register = async (target: string) => createRoute(apiRequest("/api/v1/locations", c.token, { method: "POST", body: { type: "url", target } }), noParams);

describe("file URL locations", () => {
  it("imports the file with its source (repository, path, commit, link) and reads $text from the same commit", async () => {
    const target = `${c.sim.url}/acme/payments-api/blob/main/catalog-info.yaml`;
    const created = await register(target);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ type: "url", target, status: "ok", lastError: null, entityCount: 1 });
    const head = await (await githubFor(c.integrationId)).resolveCommit({ owner: "acme", repo: "payments-api", ref: "main" });
    expect(await db.entity.findUniqueOrThrow({ where: { ref: "component:default/payments-api" } })).toMatchObject({
      managedBy: "location", sourceRepo: "acme/payments-api", sourcePath: "catalog-info.yaml", sourceCommit: head, sourceUrl: target, syncErrors: [], orphanedAt: null,
    });

    const api = unique("api");
    const file = `catalog/${api}.yaml`;
    await c.sim.control.push("acme/payments-api", { [file]: `apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: ${api}\nspec:\n  type: openapi\n  lifecycle: production\n  owner: group:default/payments\n  definition:\n    $text: ../openapi.yaml\n` });
    expect((await register(`${c.sim.url}/acme/payments-api/blob/main/${file}`)).status).toBe(201);
    const row = await db.entity.findUniqueOrThrow({ where: { ref: `api:default/${api}` } });
    expect(String((row.spec as { definition: string }).definition)).toContain("openapi");
    expect(row.sourcePath).toBe(file);
  });

  it("refuses with 422 what it cannot read, naming why, and stores nothing", async () => {
    const cases: [string, RegExp][] = [
      ["not a url", /not a GitHub file URL/],
      [`${c.sim.url}/acme/payments-api/tree/main/`, /folder link/],
      ["https://example.com/acme/x/blob/main/catalog-info.yaml", /no GitHub connection for example\.com/],
      [`${c.sim.url}/acme/payments-api`, /not a GitHub file URL/],
      [`${c.sim.url}/acme/payments-api/blob/main/nope.yaml`, /file not found: nope\.yaml/],
    ];
    for (const [target, message] of cases) {
      const answer = await register(target);
      expect(answer.status, target).toBe(422);
      expect((await answer.json()).error.message, target).toMatch(message);
    }
    expect(await db.location.count({ where: { target: { contains: "nope.yaml" } } })).toBe(0);
  });

  // A sync retries a 5xx three times with the production back-off (1 + 4 + 9 s) before it gives up.
  it("marks the location failed in plain words on a GitHub failure and keeps its entities as they were", { timeout: 60_000 }, async () => {
    const name = unique("svc");
    await c.sim.control.push("acme/ledger-worker", { [`${name}.yaml`]: componentYaml(name, "Before") });
    const created = await (await register(`${c.sim.url}/acme/ledger-worker/blob/main/${name}.yaml`)).json();
    await c.sim.control.push("acme/ledger-worker", { [`${name}.yaml`]: componentYaml(name, "After") });

    c.sim.control.fail(/\/repos\/acme\/ledger-worker\//, 502, 20);
    const failed = await syncUrlLocation(created.id);
    expect(failed).toMatchObject({ ok: false });
    let location = await db.location.findUniqueOrThrow({ where: { id: created.id } });
    expect(location).toMatchObject({ status: "failed", lastError: expect.stringMatching(/^GitHub is failing \(502\)/) });
    const kept = await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` } });
    expect(kept).toMatchObject({ description: "Before", orphanedAt: null, syncErrors: [expect.objectContaining({ message: expect.stringContaining("GitHub is failing") })] });
    c.sim.control.reset();
    await new Promise((r) => setTimeout(r, 50));

    c.sim.control.exhaustRateLimit(600);
    expect(await syncUrlLocation(created.id)).toMatchObject({ ok: false });
    location = await db.location.findUniqueOrThrow({ where: { id: created.id } });
    expect(location.lastError).toMatch(/GitHub rate limit reached; rate limited until \d\d:\d\d UTC/);
    expect((await db.entity.findUniqueOrThrow({ where: { ref: `component:default/${name}` } })).orphanedAt).toBeNull();
    c.sim.control.reset();
  });

  it("reads the README of the entity's repository, or says why not", async () => {
    const readme = await getEntityReadme(c.admin, "component:payments-api");
    expect(readme).toMatchObject({ ok: true, repo: "acme/payments-api", text: expect.stringContaining("# payments-api") });
    await db.entity.create({ data: { ref: `component:default/${unique("bare")}`.toLowerCase(), kind: "Component", namespace: "default", name: "bare", spec: {}, searchText: "", tags: [], labels: {}, annotations: {}, links: [] } }).then(async (e) => {
      expect(await getEntityReadme(c.admin, e.ref)).toEqual({ ok: false, reason: "no repository known for this entity" });
    });
  });

  it("says at once when GitHub fails the README, instead of waiting out retries", async () => {
    // One failure only: a client that retried (after 1 s) would get the README on its second try.
    c.sim.control.fail(/\/repos\/acme\/payments-api\/contents\/README\.md/, 502, 1);
    const readme = await getEntityReadme(c.admin, "component:payments-api");
    expect(readme).toMatchObject({ ok: false, reason: expect.stringMatching(/502|GitHub/) });
  });

  it("lists with counts, queues a sync on refresh, and orphans the entities on removal", async () => {
    const items = (await (await listRoute(apiRequest("/api/v1/locations", c.token), noParams)).json()).items;
    const location = items.find((l: { target: string }) => l.target.endsWith("/acme/payments-api/blob/main/catalog-info.yaml"));
    expect(location).toMatchObject({ status: "ok", entityCount: 1, integrationId: c.integrationId });
    const params = { params: Promise.resolve({ id: location.id }) };
    const refresh = await refreshRoute(apiRequest(`/api/v1/locations/${location.id}/refresh`, c.token, { method: "POST" }), params);
    expect(refresh.status).toBe(202);
    expect(await db.job.findUniqueOrThrow({ where: { id: (await refresh.json()).jobId } })).toMatchObject({ type: "catalog.sync-location", payload: { locationId: location.id } });
    const removed = await deleteRoute(apiRequest(`/api/v1/locations/${location.id}`, c.token, { method: "DELETE" }), params);
    expect(await removed.json()).toEqual({ orphaned: 1 });
    expect((await db.entity.findUniqueOrThrow({ where: { ref: "component:default/payments-api" } })).orphanedAt).not.toBeNull();
  });
});
