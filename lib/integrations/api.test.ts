// The integrations REST API and the webhook endpoint through their real route handlers.
import { randomUUID } from "node:crypto";
import { sign } from "@octokit/webhooks-methods";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { DELETE, GET as getOne, PATCH } from "../../app/api/v1/integrations/[id]/route";
import { POST as postTest } from "../../app/api/v1/integrations/[id]/test/route";
import { GET as getDeliveries } from "../../app/api/v1/integrations/deliveries/route";
import { GET as list, POST as create } from "../../app/api/v1/integrations/route";
import { POST as webhook } from "../../app/api/webhooks/github/route";
import { db } from "../db/client";
import { createActor, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";

const TOKEN = "ghp_ApiTestSecretToken987";
const HOOK = "api-test-webhook-secret-value";
const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function request(path: string, init: { method?: string; token?: string; body?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined && { body: init.body }) });
}

describe("integrations API", () => {
  it("creates, reads, changes and removes a connection without ever returning a secret", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, { name: "w", scope: "write" });
    const name = unique("api");
    const body = JSON.stringify({ auth: "token", name, token: TOKEN, webhookSecret: HOOK, baseUrl: "http://127.0.0.1:9/api/v3" });
    const created = await create(request("/api/v1/integrations", { method: "POST", token, body }), noParams);
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(HOOK);
    const { id } = JSON.parse(text) as { id: string };

    for (const res of [await list(request("/api/v1/integrations", { token }), noParams), await getOne(request(`/api/v1/integrations/${id}`, { token }), withId(id))]) {
      expect(res.status).toBe(200);
      const t = await res.text();
      expect(t).not.toContain(TOKEN);
      expect(t).toContain('"hasToken":true');
    }
    const patched = await PATCH(request(`/api/v1/integrations/${id}`, { method: "PATCH", token, body: JSON.stringify({ token: "ghp_rotated_value_1" }) }), withId(id));
    expect(await patched.text()).not.toContain("ghp_rotated_value_1");

    // Nothing listens on port 9: the test answers 200 with the failure in plain words.
    const tested = await postTest(request(`/api/v1/integrations/${id}/test`, { method: "POST", token }), withId(id));
    expect(await tested.json()).toMatchObject({ ok: false, message: expect.stringContaining("Cannot reach GitHub") });

    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { targetId: id } }));
    for (const secret of [TOKEN, HOOK, "ghp_rotated_value_1"]) expect(audit).not.toContain(secret);
    expect((await DELETE(request(`/api/v1/integrations/${id}`, { method: "DELETE", token }), withId(id))).status).toBe(204);
  });

  it("refuses non-admins and read tokens", async () => {
    const platform = await createActor("platform");
    const { token } = await createToken(platform, { name: "w", scope: "write" });
    expect((await list(request("/api/v1/integrations", { token }), noParams)).status).toBe(403);
    const admin = await createActor("admin");
    const read = await createToken(admin, { name: "r", scope: "read" });
    expect((await list(request("/api/v1/integrations", { token: read.token }), noParams)).status).toBe(403);
    const invalid = await create(request("/api/v1/integrations", { method: "POST", token: (await createToken(admin, { name: "w", scope: "write" })).token, body: JSON.stringify({ auth: "app", name: "x", appId: "nope" }) }), noParams);
    expect(invalid.status).toBe(422);
  });

  it("accepts a signed webhook and refuses an unsigned one with 401", async () => {
    const admin = await createActor("admin");
    const { token } = await createToken(admin, { name: "w", scope: "write" });
    const name = unique("hook");
    await create(request("/api/v1/integrations", { method: "POST", token, body: JSON.stringify({ auth: "token", name, token: TOKEN, webhookSecret: HOOK }) }), noParams);
    const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
    const id = randomUUID();
    const signed = await webhook(request(`/api/webhooks/github?integration=${name}`, { method: "POST", body, headers: { "x-github-event": "ping", "x-github-delivery": id, "x-hub-signature-256": await sign(HOOK, body) } }));
    expect(signed.status).toBe(200);
    const unsigned = await webhook(request("/api/webhooks/github", { method: "POST", body, headers: { "x-github-event": "ping", "x-github-delivery": randomUUID() } }));
    expect(unsigned.status).toBe(401);
    const deliveries = await getDeliveries(request("/api/v1/integrations/deliveries?take=10", { token }), noParams);
    expect((await deliveries.json()).items).toContainEqual(expect.objectContaining({ deliveryId: id, event: "ping", status: "processed" }));
  });
});
