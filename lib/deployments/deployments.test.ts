// Deployments: the REST endpoint any CI/CD tool reports to (idempotent, out-of-order safe, clear
// 401/403/404/422), GitHub deployment webhooks into the same rows, lead time through the compare
// API, the matrix with drift, and rollback through the deploy workflow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as doraRoute } from "../../app/api/v1/metrics/dora/route";
import { POST as deploymentsRoute } from "../../app/api/v1/deployments/route";
import { POST as rollbackRoute } from "../../app/api/v1/deployments/rollback/route";
import { apiRequest, waitFor } from "../catalog/github/test-sim";
import { db } from "../db/client";
import { githubFor } from "../integrations/github/connect";
import { createComponent } from "../pipelines/test/entities";
import { startSimPortal, type SimPortal } from "../pipelines/test/sim-portal";
import { createActor, createTeamRow, unique } from "../test/fixtures";
import { createToken } from "../tokens/create-token";
import { computeLeadTime } from "./compute-lead-time";
import { getDeploymentMatrix } from "./get-deployment-matrix";
import { rollbackDeployment } from "./rollback-deployment";

let p: SimPortal;
beforeAll(async () => {
  p = await startSimPortal();
});
afterAll(async () => {
  await p?.stop();
});

const ctx = { params: Promise.resolve({}) };
const post = (token: string, body: unknown) => deploymentsRoute(apiRequest("/api/v1/deployments", token, { method: "POST", body }), ctx);

async function tokenFor(role: "developer" | "viewer", scope: "read" | "write" = "write") {
  const actor = await createActor(role);
  return (await createToken(actor, { name: unique("t"), scope })).token;
}

describe("deployments", () => {
  it("POST is idempotent on the client's id, and a late 'started' never undoes 'succeeded'", async () => {
    const entity = await createComponent();
    const token = await tokenFor("developer");
    const id = unique("jenkins");
    const first = await post(token, { id, entity: entity.ref, environment: "production", version: "1.0.0", sha: "abc1234", status: "started", startedAt: "2026-01-01T10:00:00Z" });
    expect(first.status).toBe(201);
    const done = await post(token, { id, entity: entity.ref, environment: "production", version: "1.0.0", status: "succeeded", finishedAt: "2026-01-01T10:05:00Z", url: "https://ci.example/1" });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: "succeeded", applied: true, sha: "abc1234", url: "https://ci.example/1" });
    const late = await post(token, { id, entity: entity.ref, environment: "production", version: "1.0.0", status: "started" });
    expect(await late.json()).toMatchObject({ status: "succeeded", applied: false });
    const again = await post(token, { id, entity: entity.ref, environment: "production", version: "1.0.0", status: "succeeded", finishedAt: "2026-01-01T10:05:00Z" });
    expect(again.status).toBe(200);
    expect(await db.deployment.count({ where: { externalId: id } })).toBe(1);
    expect(await db.deployment.findUnique({ where: { externalId: id } })).toMatchObject({ status: "succeeded", startedAt: new Date("2026-01-01T10:00:00Z"), finishedAt: new Date("2026-01-01T10:05:00Z") });
    expect(await db.auditEvent.count({ where: { targetType: "deployment", action: { startsWith: "deployment." } , targetLabel: { contains: entity.ref } } })).toBeGreaterThanOrEqual(2);
  });

  it("bad input: unknown entity 404 and unknown environment 422, both named; no token 401; a read token or a viewer 403", async () => {
    const entity = await createComponent();
    const token = await tokenFor("developer");
    const unknownEntity = await post(token, { id: unique("x"), entity: "component:default/ghost-svc", environment: "production", status: "succeeded" });
    expect(unknownEntity.status).toBe(404);
    expect((await unknownEntity.json()).error.message).toContain("entity 'component:default/ghost-svc' not found");
    const unknownEnv = await post(token, { id: unique("x"), entity: entity.ref, environment: "moon", status: "succeeded" });
    expect(unknownEnv.status).toBe(422);
    expect((await unknownEnv.json()).error.message).toBe("unknown environment 'moon' (known: production, staging, dev)");
    const badStatus = await post(token, { id: unique("x"), entity: entity.ref, environment: "production", status: "done" });
    expect(badStatus.status).toBe(422);
    expect((await post("fdt_not-a-token", { id: "x" })).status).toBe(401);
    expect((await post(await tokenFor("developer", "read"), { id: unique("x"), entity: entity.ref, environment: "production", status: "started" })).status).toBe(403);
    expect((await post(await tokenFor("viewer", "read"), { id: unique("x"), entity: entity.ref, environment: "production", status: "started" })).status).toBe(403);
  });

  it("GitHub deployment and deployment_status webhooks feed the same table, and lead time is read through compare", async () => {
    const repo = await p.newRepo(unique("gh"));
    const entity = await createComponent({ slug: repo });
    const [owner, name] = repo.split("/") as [string, string];
    const github = await githubFor(p.integrationId);
    const first = await github.createDeployment({ owner, repo: name }, { gitRef: "main", environment: "production", payload: { version: "1.0.0" } });
    await p.sim.control.createDeploymentStatus(repo, first.id, "success");
    const row1 = await waitFor(async () => {
      const d = await db.deployment.findUnique({ where: { externalId: `github:${repo}:${first.id}` } });
      return d?.status === "succeeded" && d.leadTimeSec !== null ? d : undefined;
    });
    expect(row1).toMatchObject({ entityRef: entity.ref, environment: "production", version: "1.0.0", source: "github" });
    // Two more commits, then a second deployment: lead time runs from the older of the two.
    await p.sim.control.push(repo, { "a.txt": "1\n" }, "first change");
    await p.sim.control.push(repo, { "b.txt": "1\n" }, "second change");
    const second = await github.createDeployment({ owner, repo: name }, { gitRef: "main", environment: "production", payload: { version: "1.1.0" } });
    await p.sim.control.createDeploymentStatus(repo, second.id, "success");
    const row2 = await waitFor(async () => {
      const d = await db.deployment.findUnique({ where: { externalId: `github:${repo}:${second.id}` } });
      return d?.leadTimeSec !== null && d?.leadTimeSec !== undefined ? d : undefined;
    });
    const { commits } = await github.compareCommits({ owner, repo: name }, row1.sha!, row2.sha!);
    expect(commits.map((c) => c.message.trim())).toEqual(["first change", "second change"]);
    expect(row2.firstCommitAt).toEqual(new Date(commits[0]!.date!));
    expect(row2.leadTimeSec).toBe(Math.round((row2.finishedAt!.getTime() - new Date(commits[0]!.date!).getTime()) / 1000));
    expect(await computeLeadTime(row2.id)).toEqual({ leadTimeSec: row2.leadTimeSec });
    // A status for an environment nobody configured is skipped, not guessed.
    const odd = await github.createDeployment({ owner, repo: name }, { gitRef: "main", environment: "qa-7" });
    await p.sim.control.createDeploymentStatus(repo, odd.id, "success");
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.deployment.findUnique({ where: { externalId: `github:${repo}:${odd.id}` } })).toBeNull();
  });

  it("the matrix shows the version per environment and flags staging ≠ production; a reported deployment moves DORA", async () => {
    const entity = await createComponent();
    const token = await tokenFor("developer");
    const dora = async () => (await (await doraRoute(apiRequest(`/api/v1/metrics/dora?entity=${entity.ref}`, token), ctx)).json()) as { deploymentFrequency: { count: number }; changeFailureRate: { failures: number } };
    expect((await dora()).deploymentFrequency.count).toBe(0);
    await post(token, { id: unique("p"), entity: entity.ref, environment: "production", version: "1.0.0", status: "succeeded" });
    await post(token, { id: unique("s"), entity: entity.ref, environment: "staging", version: "1.1.0", status: "succeeded" });
    await post(token, { id: unique("f"), entity: entity.ref, environment: "production", version: "1.1.0", status: "failed" });
    const matrix = await getDeploymentMatrix(await createActor("viewer"), { q: entity.name });
    expect(matrix.rows).toEqual([{ entityRef: entity.ref, drift: true, cells: { production: expect.objectContaining({ version: "1.0.0" }), staging: expect.objectContaining({ version: "1.1.0" }), dev: null } }]);
    expect(await dora()).toMatchObject({ deploymentFrequency: { count: 1 }, changeFailureRate: { failures: 1 } });
  });

  it("rollback dispatches the deploy workflow with the previous successful version, for the owner team only, audited", async () => {
    const member = await createActor("developer");
    const team = await createTeamRow(undefined, member);
    const repo = await p.newRepo(unique("rb"));
    const entity = await createComponent({ slug: repo, ownerSlug: team.slug, deployWorkflow: "deploy.yml" });
    const token = (await createToken(member, { name: unique("t"), scope: "write" })).token;
    await post(token, { id: unique("d"), entity: entity.ref, environment: "production", version: "2.0.0", status: "succeeded", startedAt: "2026-01-01T10:00:00Z" });
    await post(token, { id: unique("d"), entity: entity.ref, environment: "production", version: "2.1.0", status: "succeeded", startedAt: "2026-01-02T10:00:00Z" });
    const outsider = await tokenFor("developer");
    const refused = await rollbackRoute(apiRequest("/api/v1/deployments/rollback", outsider, { method: "POST", body: { entity: entity.ref, environment: "production" } }), ctx);
    expect(refused.status).toBe(403);
    const ok = await rollbackRoute(apiRequest("/api/v1/deployments/rollback", token, { method: "POST", body: { entity: entity.ref, environment: "production" } }), ctx);
    expect(ok.status).toBe(202);
    expect(await ok.json()).toMatchObject({ from: "2.1.0", to: "2.0.0", workflow: "deploy.yml" });
    expect(p.sim.control.dispatches().at(-1)).toMatchObject({ repo, workflow: ".github/workflows/deploy.yml", inputs: { version: "2.0.0", environment: "production" } });
    expect(await db.auditEvent.findFirst({ where: { action: "deployment.rollback", targetId: entity.ref } })).toMatchObject({ actorId: member.userId });
    const none = await createComponent({ ownerSlug: team.slug });
    await expect(rollbackDeployment(member, { entity: none.ref, environment: "production" })).rejects.toThrow("flightdeck.dev/deploy-workflow");
  });
});
