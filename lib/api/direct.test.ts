// The direct server (lib/api/direct.ts) on a real node:http server, with the real catalog route
// handlers: what it takes, what it leaves to Next.js, and that its answers are the handlers'.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getEntity } from "../../app/api/v1/entities/[kind]/[namespace]/[name]/route";
import { GET as listEntities } from "../../app/api/v1/entities/route";
import { createEntity } from "../catalog/query/create-entity";
import { component, descriptor } from "../catalog/test/descriptors";
import { createActor, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";
import { directServer, match } from "./direct";

let base = "";
let server: http.Server;
beforeAll(async () => {
  const direct = directServer({
    "/api/v1/entities": listEntities,
    "/api/v1/entities/[kind]/[namespace]/[name]": getEntity,
    "/api/v1/boom": { answer: () => Promise.reject(new Error("boom")) },
  });
  // What bin/serve.mjs does, with a stand-in for Next.js that says it was asked.
  server = http.createServer((req, res) => {
    if (!direct(req, res)) res.writeHead(299, { "x-next": "yes" }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("direct server", () => {
  it("answers token GETs of the listed routes with the route handlers' own responses", async () => {
    const dev = await createActor("developer");
    const { token } = await createToken(dev, { name: "t", scope: "read" });
    const name = unique("direct");
    await createEntity(dev, descriptor(component(name, "payments", {}, { tags: ["direct-test"] })));
    const headers = { authorization: `Bearer ${token}` };

    const one = await fetch(`${base}/api/v1/entities/component/default/${name}`, { headers });
    expect(one.status).toBe(200);
    expect(one.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(one.headers.get("x-request-id")).toBeTruthy();
    expect(await one.json()).toMatchObject({ kind: "Component", metadata: { name }, relations: expect.any(Array) });

    const list = await fetch(`${base}/api/v1/entities?tag=direct-test&fields=name&limit=5`, { headers });
    expect((await list.json()).items).toEqual([{ id: expect.any(String), ref: `component:default/${name}`, name }]);

    // Errors keep the API's format: 404, 422 with the field, 401 for a bad token.
    const missing = await fetch(`${base}/api/v1/entities/component/default/${name}-gone`, { headers });
    expect(missing.status).toBe(404);
    const invalid = await fetch(`${base}/api/v1/entities?limit=lots`, { headers });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.issues[0].path).toBe("limit");
    const bad = await fetch(`${base}/api/v1/entities`, { headers: { authorization: "Bearer fdt_nope" } });
    expect(bad.status).toBe(401);
    expect((await bad.json()).error.code).toBe("unauthorized");
  });

  it("leaves everything else to Next.js", async () => {
    const token = { authorization: "Bearer fdt_whatever" };
    const asked = async (path: string, init: RequestInit = {}) => (await fetch(base + path, init)).headers.get("x-next") === "yes";
    expect(await asked("/api/v1/entities")).toBe(true); // no token: the session cookie needs Next's request context
    expect(await asked("/api/v1/entities", { method: "POST", headers: token, body: "{}" })).toBe(true);
    expect(await asked("/api/v1/entities/", { headers: token })).toBe(true);
    expect(await asked("/api/v1/entities/component/default", { headers: token })).toBe(true);
    expect(await asked("/api/v1/entities/component/default/%E0%A4%A", { headers: token })).toBe(true);
    expect(await asked("/api/v1/teams", { headers: token })).toBe(true);
    expect(await asked("/catalog", { headers: token })).toBe(true);
  });

  it("answers 500 in the API's format when a handler fails outright", async () => {
    const res = await fetch(`${base}/api/v1/boom`, { headers: { authorization: "Bearer x" } });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe("internal");
  });

  it("matches segments, decoding parameters", () => {
    const pattern = "/api/v1/entities/[kind]/[namespace]/[name]".split("/");
    expect(match(pattern, "/api/v1/entities/component/default/a%20b".split("/"))).toEqual({ kind: "component", namespace: "default", name: "a b" });
    expect(match(pattern, "/api/v1/entities/component//x".split("/"))).toBeNull();
    expect(match(pattern, "/api/v1/things/component/default/x".split("/"))).toBeNull();
  });
});
