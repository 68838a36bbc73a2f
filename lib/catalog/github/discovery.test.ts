// Organisation discovery against the GitHub simulator's demo org "acme" (6 repositories, each
// with a catalog-info.yaml): filters pick the repositories, and the whole org imports as one
// location whose entities know their repository, path and commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "../../../app/api/v1/locations/route";
import { db } from "../../db/client";
import { githubFor } from "../../integrations/github/connect";
import { deleteLocation } from "../locations/delete-location";
import { syncDiscoveryLocation } from "./sync-discovery-location";
import { apiRequest, connectSim, type Connected } from "./test-sim";

const noParams = { params: Promise.resolve({}) };
let c: Connected;
beforeAll(async () => {
  c = await connectSim();
});
afterAll(() => c?.sim.stop());

const discover = async (target: string, spec: Record<string, unknown>) =>
  createRoute(apiRequest("/api/v1/locations", c.token, { method: "POST", body: { type: "github-discovery", target, spec } }), noParams);
const namesOf = async (locationId: string) =>
  (await db.entity.findMany({ where: { locationId, orphanedAt: null }, select: { name: true }, orderBy: { name: "asc" } })).map((e) => e.name);

describe("organisation discovery", () => {
  it("reads only the repositories its filters match", async () => {
    const topic = await (await discover("acme", { topic: "payments" })).json();
    expect(topic).toMatchObject({ type: "github-discovery", status: "pending", spec: { topic: "payments", pathGlob: ["catalog-info.yaml"] } });
    expect(await syncDiscoveryLocation(topic.id)).toMatchObject({ ok: true });
    expect(await namesOf(topic.id)).toEqual(["ledger-worker", "payments-api"]);
    await deleteLocation(c.admin, topic.id);

    // Glob and regex names, visibility: a second location per filter would conflict, so each is
    // created, checked and removed (its entities become orphans another location may adopt).
    for (const [spec, names] of [
      [{ namePattern: "*-api" }, ["payments-api"]],
      [{ namePattern: "/^(infra|design)-/" }, ["design-system", "infra-live"]],
      [{ visibility: "public" }, ["design-system"]],
    ] as const) {
      const location = await (await discover("acme", spec)).json();
      await syncDiscoveryLocation(location.id);
      expect(await namesOf(location.id), JSON.stringify(spec)).toEqual(names);
      await deleteLocation(c.admin, location.id);
    }
  });

  it("imports every repository's catalog file as one location, with each entity's source", async () => {
    const location = await (await discover("acme", {})).json();
    const outcome = await syncDiscoveryLocation(location.id);
    expect(outcome).toMatchObject({ ok: true, skippedRepos: [] });
    expect(await namesOf(location.id)).toEqual(["design-system", "infra-live", "ledger-worker", "payments-api", "platform-templates", "web-storefront"]);
    const head = await (await githubFor(c.integrationId)).resolveCommit({ owner: "acme", repo: "infra-live", ref: "main" });
    expect(await db.entity.findUniqueOrThrow({ where: { ref: "component:default/infra-live" } })).toMatchObject({
      locationId: location.id, sourceRepo: "acme/infra-live", sourcePath: "catalog-info.yaml", sourceCommit: head, sourceUrl: `${c.sim.url}/acme/infra-live/blob/main/catalog-info.yaml`, orphanedAt: null,
    });
    expect(await db.location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ status: "ok", lastError: null, lastSyncedAt: expect.any(Date) });

    // One repository GitHub fails on is skipped, and its entities stay exactly as they were.
    c.sim.control.fail(/\/repos\/acme\/web-storefront\//, 502, 20);
    const partial = await syncDiscoveryLocation(location.id);
    expect(partial).toMatchObject({ ok: true, skippedRepos: [{ repo: "acme/web-storefront", message: expect.stringContaining("GitHub is failing (502)") }] });
    expect(await namesOf(location.id)).toContain("web-storefront");
    expect(await db.location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ status: "error", lastError: expect.stringContaining("1 repository could not be read, e.g. acme/web-storefront") });
    c.sim.control.reset();
    await deleteLocation(c.admin, location.id);
  });

  it("matches glob paths against each repository's files, dot folders included", async () => {
    const nested = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: ${name}}\nspec: {type: service, lifecycle: production, owner: payments}\n`;
    await c.sim.control.push("acme/payments-api", { "services/refunds/catalog-info.yaml": nested("refunds"), "services/.hidden/catalog-info.yaml": nested("hidden-refunds") });
    const location = await (await discover("acme", { topic: "payments", pathGlob: "**/catalog-info.yaml" })).json();
    expect(location.spec.pathGlob).toEqual(["**/catalog-info.yaml"]);
    expect(await syncDiscoveryLocation(location.id)).toMatchObject({ ok: true });
    expect(await namesOf(location.id)).toEqual(["hidden-refunds", "ledger-worker", "payments-api", "refunds"]);
    expect(await db.entity.findUniqueOrThrow({ where: { ref: "component:default/refunds" } })).toMatchObject({ sourceRepo: "acme/payments-api", sourcePath: "services/refunds/catalog-info.yaml" });
    await deleteLocation(c.admin, location.id);
    c.sim.control.reset();
  });

  it("refuses an unknown organisation and paths outside the repository with 422", async () => {
    const org = await discover("no-such-org", {});
    expect(org.status).toBe(422);
    expect((await org.json()).error.message).toMatch(/GitHub found no organisation 'no-such-org'/);
    const outside = await discover("acme", { pathGlob: "../catalog-info.yaml" });
    expect(outside.status).toBe(422);
    expect(JSON.stringify(await outside.json())).toContain("a path inside the repository");
  });
});
