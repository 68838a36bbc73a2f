// The REST API through its real route handlers: token auth, scopes, error format.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getMe } from "../../app/api/v1/me/route";
import { GET as getOpenApi } from "../../app/api/v1/openapi.json/route";
import { POST as postTeam } from "../../app/api/v1/teams/route";
import { DELETE as deleteToken } from "../../app/api/v1/tokens/[id]/route";
import { createActor, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";

const noParams = { params: Promise.resolve({}) };

function request(path: string, init: { method?: string; token?: string; body?: string } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined && { body: init.body }) });
}

describe("REST API", () => {
  it("answers /me for a token and 401 without or with a bad one", async () => {
    const dev = await createActor("developer");
    const { token } = await createToken(dev, { name: "t", scope: "read" });
    const ok = await getMe(request("/api/v1/me", { token }), noParams);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ email: dev.email, role: "developer", scope: "read" });
    const bad = await getMe(request("/api/v1/me", { token: "fdt_nope" }), noParams);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: "unauthorized", requestId: expect.any(String) } });
  });

  it("refuses writes with a read token (403), bad JSON (400) and invalid fields (422 with paths)", async () => {
    const admin = await createActor("admin");
    const read = await createToken(admin, { name: "r", scope: "read" });
    const write = await createToken(admin, { name: "w", scope: "write" });
    const body = JSON.stringify({ slug: unique("api"), name: "API team" });
    expect((await postTeam(request("/api/v1/teams", { method: "POST", token: read.token, body }), noParams)).status).toBe(403);
    expect((await postTeam(request("/api/v1/teams", { method: "POST", token: write.token, body: "{nope" }), noParams)).status).toBe(400);
    const invalid = await postTeam(request("/api/v1/teams", { method: "POST", token: write.token, body: JSON.stringify({ slug: "Bad Slug" }) }), noParams);
    expect(invalid.status).toBe(422);
    const { error } = await invalid.json();
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["name", "slug"]);
    const created = await postTeam(request("/api/v1/teams", { method: "POST", token: write.token, body }), noParams);
    expect(created.status).toBe(201);
  });

  it("stops accepting a token once it is revoked", async () => {
    const dev = await createActor("developer");
    const { id, token } = await createToken(dev, { name: "t", scope: "write" });
    const revoked = await deleteToken(request(`/api/v1/tokens/${id}`, { method: "DELETE", token }), { params: Promise.resolve({ id }) });
    expect(revoked.status).toBe(204);
    expect((await getMe(request("/api/v1/me", { token }), noParams)).status).toBe(401);
  });

  it("publishes an OpenAPI document built from the zod schemas", async () => {
    const doc = await getOpenApi().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/teams"].post.requestBody.content["application/json"].schema.properties.slug).toBeDefined();
    expect(doc.paths["/me"].get.responses["401"]).toBeDefined();
  });
});
