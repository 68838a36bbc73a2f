// Signed webhook deliveries to a local listener, checked with @octokit/webhooks-methods and
// against the shape of GitHub's real payloads in @octokit/webhooks-examples.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { verify } from "@octokit/webhooks-methods";
import examples from "@octokit/webhooks-examples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGithubSim, type SimHandle } from "./index.ts";
import { call, get } from "./test-client.ts";

type Received = { headers: http.IncomingHttpHeaders; body: string };
let sim: SimHandle;
let listener: http.Server;
let target = "";
const received: Received[] = [];
const SECRET = "it's a secret to everybody";

beforeAll(async () => {
  listener = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  target = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/webhooks/github`;
  sim = await startGithubSim();
  sim.control.setWebhookTarget(target, SECRET);
});
afterAll(async () => {
  await sim?.stop();
  await new Promise((resolve) => listener.close(resolve));
});

// Every key GitHub's example payload has (top level and one level down) is in ours.
function missingKeys(event: string, action: string | undefined, payload: Record<string, unknown>): string[] {
  const list = (examples as { name: string; examples: Record<string, unknown>[] }[]).find((e) => e.name === event)?.examples ?? [];
  const example = list.find((e) => e.action === action) ?? list[0];
  if (!example) return [`no example for ${event}`];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(example)) {
    if (["organization", "installation", "enterprise"].includes(key)) continue; // depend on the account
    if (!(key in payload)) missing.push(key);
    else if (value && typeof value === "object" && !Array.isArray(value)) {
      const ours = payload[key] as Record<string, unknown> | null;
      for (const sub of Object.keys(value)) if (!ours || !(sub in ours)) missing.push(`${key}.${sub}`);
    }
  }
  return missing;
}

const deliveriesOf = (event: string) => received.filter((r) => r.headers["x-github-event"] === event);

describe("webhooks", () => {
  it("a control push is delivered signed, with GitHub's headers and push payload shape", async () => {
    const { sha } = await sim.control.push("acme/payments-api", { "docs/adr-1.md": "# ADR 1\n" }, "Add ADR");
    const push = deliveriesOf("push").at(-1);
    expect(push).toBeDefined();
    const { headers, body } = push as Received;
    expect(await verify(SECRET, body, String(headers["x-hub-signature-256"]))).toBe(true);
    expect(await verify("wrong secret", body, String(headers["x-hub-signature-256"]))).toBe(false);
    expect(headers["x-github-delivery"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(headers["x-github-hook-id"]).toMatch(/^\d+$/);
    const payload = JSON.parse(body) as Record<string, unknown>;
    expect(payload).toMatchObject({ after: sha, ref: "refs/heads/main", repository: { full_name: "acme/payments-api" } });
    expect(missingKeys("push", undefined, payload)).toEqual([]);
  });

  it("a run goes queued -> in_progress -> completed with workflow_run and workflow_job events", async () => {
    await call(sim.url, "POST", "/repos/acme/payments-api/actions/workflows/deploy.yml/dispatches", { token: sim.tokens.admin, body: { ref: "main" } });
    const runs = get<{ workflow_runs: { id: number }[] }>(await call(sim.url, "GET", "/repos/acme/payments-api/actions/runs?event=workflow_dispatch&status=queued", { token: sim.tokens.admin }));
    const runId = runs.workflow_runs[0]?.id ?? 0;
    await sim.control.advanceRun("acme/payments-api", runId, "in_progress");
    await sim.control.advanceRun("acme/payments-api", runId, "completed", "failure");
    const ofRun = (event: string) => deliveriesOf(event).map((d) => JSON.parse(d.body) as Record<string, Record<string, unknown>>).filter((p) => (p.workflow_run?.id ?? p.workflow_job?.run_id) === runId);
    expect(ofRun("workflow_run").map((p) => p.action)).toEqual(["requested", "in_progress", "completed"]);
    expect(ofRun("workflow_job").map((p) => p.action)).toEqual(["queued", "in_progress", "completed"]);
    const completed = ofRun("workflow_run").at(-1) ?? {};
    expect(completed.workflow_run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(missingKeys("workflow_run", "completed", completed)).toEqual([]);
    expect(missingKeys("workflow_job", "completed", ofRun("workflow_job").at(-1) ?? {})).toEqual([]);
  });

  it("deployments and their statuses are announced", async () => {
    const d = get<{ id: number }>(await call(sim.url, "POST", "/repos/acme/payments-api/deployments", { token: sim.tokens.admin, body: { ref: "main", environment: "staging" } }));
    await sim.control.createDeploymentStatus("acme/payments-api", d.id, "success", { environmentUrl: "https://staging.acme.example" });
    const status = JSON.parse(deliveriesOf("deployment_status").at(-1)?.body ?? "{}") as Record<string, unknown>;
    expect(status).toMatchObject({ action: "created", deployment_status: { state: "success" }, deployment: { id: d.id } });
    expect(missingKeys("deployment_status", "created", status)).toEqual([]);
    expect(missingKeys("deployment", "created", JSON.parse(deliveriesOf("deployment").at(-1)?.body ?? "{}"))).toEqual([]);
  });
});
