// The catalog's REST endpoints through their real route handlers.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "../../app/api/v1/catalog/export/route";
import { POST as importRoute } from "../../app/api/v1/catalog/import/route";
import { DELETE as deleteRoute, GET as getRoute } from "../../app/api/v1/entities/[kind]/[namespace]/[name]/route";
import { GET as facetsRoute } from "../../app/api/v1/entities/facets/route";
import { GET as listRoute, POST as createRoute } from "../../app/api/v1/entities/route";
import { GET as listLocations, POST as createLocationRoute } from "../../app/api/v1/locations/route";
import { createActor, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";
import { component, descriptor, yamlOf } from "./test/descriptors";

const noParams = { params: Promise.resolve({}) };
function request(path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined && { body: JSON.stringify(init.body) }) });
}

describe("catalog REST API", () => {
  it("imports (dry run, then for real), lists, filters, gets, exports and deletes", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, { name: "w", scope: "write" });
    const read = (await createToken(admin, { name: "r", scope: "read" })).token;
    const name = unique("rest");
    const yaml = yamlOf(component(name, "payments", {}, { tags: ["rest-test"] }));

    const dry = await importRoute(request("/api/v1/catalog/import", token, { method: "POST", body: { yaml, dryRun: true } }), noParams);
    expect((await dry.json()).summary).toEqual({ created: 1, changed: 0, unchanged: 0, errors: 0 });
    expect((await importRoute(request("/api/v1/catalog/import", read, { method: "POST", body: { yaml } }), noParams)).status).toBe(403);
    const done = await importRoute(request("/api/v1/catalog/import", token, { method: "POST", body: { yaml } }), noParams);
    expect((await done.json()).summary.created).toBe(1);

    const list = await listRoute(request(`/api/v1/entities?kind=component&tag=rest-test&fields=name,ownerRef&limit=10`, read), noParams);
    expect((await list.json()).items).toEqual([{ id: expect.any(String), ref: `component:default/${name}`, name, ownerRef: "group:default/payments" }]);
    expect((await listRoute(request(`/api/v1/entities?fields=password`, read), noParams)).status).toBe(422);
    const facets = await (await facetsRoute(request(`/api/v1/entities/facets?tag=rest-test`, read), noParams)).json();
    expect(facets.kind).toEqual([{ value: "Component", count: 1 }]);

    const params = { params: Promise.resolve({ kind: "component", namespace: "default", name }) };
    const got = await getRoute(request(`/api/v1/entities/component/default/${name}`, read), params);
    expect(await got.json()).toMatchObject({ kind: "Component", metadata: { name, tags: ["rest-test"] } });

    const exported = await exportRoute(request("/api/v1/catalog/export", read), noParams);
    expect(exported.headers.get("content-type")).toContain("application/yaml");
    expect(await exported.text()).toContain(`name: ${name}`);

    expect((await deleteRoute(request(`/api/v1/entities/component/default/${name}`, token, { method: "DELETE" }), params)).status).toBe(204);
    expect((await getRoute(request(`/api/v1/entities/component/default/${name}`, read), params)).status).toBe(404);
  });

  it("creates from a descriptor (201, 422 with field paths) and registers locations", async () => {
    const dev = await createActor("developer");
    const { token } = await createToken(dev, { name: "w", scope: "write" });
    const d = descriptor(component(unique("made"), "nobody-team"));
    expect((await createRoute(request("/api/v1/entities", token, { method: "POST", body: d }), noParams)).status).toBe(201);
    const bad = await createRoute(request("/api/v1/entities", token, { method: "POST", body: { ...d, spec: { type: 1 } } }), noParams);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.issues.map((i: { path: string }) => i.path)).toContain("spec.owner");

    const url = await createLocationRoute(request("/api/v1/locations", token, { method: "POST", body: { type: "url", target: "https://github.com/acme/x/blob/main/catalog-info.yaml" } }), noParams);
    // Registering GitHub locations is for admins and platform engineers (lib/catalog/github tests the rest).
    expect(url.status).toBe(403);
    const target = unique("upload");
    expect((await createLocationRoute(request("/api/v1/locations", token, { method: "POST", body: { type: "upload", target } }), noParams)).status).toBe(201);
    const items = (await (await listLocations(request("/api/v1/locations", token), noParams)).json()).items;
    expect(items).toContainEqual(expect.objectContaining({ type: "upload", target, entityCount: 0 }));
  });
});
