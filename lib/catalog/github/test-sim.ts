// Shared by this folder's tests: a GitHub simulator connected as a stored integration (with a
// webhook secret), a receiver for its webhooks, REST calls through the real route handlers, and
// descriptor text.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { POST as webhookRoute } from "../../../app/api/webhooks/github/route";
import { startGithubSim, type SimHandle } from "../../../tools/github-sim/index";
import type { Actor } from "../../auth/actor";
import { createIntegration } from "../../integrations/create-integration";
import { githubFor } from "../../integrations/github/connect";
import { createActor, unique } from "../../test/fixtures";
import { createToken } from "../../tokens/create-token";

export const WEBHOOK_SECRET = "catalog-webhook-secret-0123456789";

export type Connected = { sim: SimHandle; admin: Actor; token: string; integrationId: string; integrationName: string };

export async function connectSim(): Promise<Connected> {
  const sim = await startGithubSim();
  const admin = await createActor("admin");
  const integrationName = unique("sim");
  const view = await createIntegration(admin, { auth: "token", name: integrationName, baseUrl: sim.url, org: "acme", token: sim.tokens.admin, webhookSecret: WEBHOOK_SECRET });
  // The first githubFor call builds the cached client: retry 502s fast, never wait out a limit.
  await githubFor(view.id, { retryBaseMs: 5, maxRateLimitWaitSeconds: 0 });
  const { token } = await createToken(admin, { name: unique("t"), scope: "write" });
  return { sim, admin, token, integrationId: view.id, integrationName };
}

/**
 * GitHub's side of the wire: an HTTP server on 127.0.0.1 that hands each delivery to the real
 * webhook route. `url` is what to give the simulator's setWebhookTarget.
 */
export async function receiveWebhooks(onArrival?: () => void): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    onArrival?.();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const request = new NextRequest("http://localhost/api/webhooks/github", { method: "POST", headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) });
      const answer = await webhookRoute(request);
      res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

export function apiRequest(path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? "GET", headers, ...(init.body !== undefined && { body: JSON.stringify(init.body) }) });
}

export const componentYaml = (name: string, description: string, extra = "") =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\n  description: ${description}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/payments\n${extra}`;

/** Poll until `check` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 5_000, everyMs = 10): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
