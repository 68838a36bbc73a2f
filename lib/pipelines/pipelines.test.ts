// Pipelines against the GitHub simulator: webhooks keep runs live, out-of-order and duplicate
// deliveries never regress them, maintainers re-run, others cannot, the resync repairs what was
// missed, and a repository the connection cannot see is a plain "no access" state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { processGithubDelivery } from "../webhooks/process-github-delivery";
import { waitFor } from "../catalog/github/test-sim";
import { createActor, createTeamRow, unique } from "../test/fixtures";
import { log } from "../log";
import { getRun } from "./get-run";
import { listEntityRuns } from "./list-entity-runs";
import { listFlakyJobs } from "./list-flaky-jobs";
import { cancelRun, rerunRun } from "./operate-run";
import { refreshRepositoryMap } from "./refresh-repositories";
import { resyncRepository } from "./resync-repository";
import { dispatchWorkflow, listDispatchableWorkflows } from "./dispatch-workflow";
import { getOrgPipelines } from "./get-org-pipelines";
import { createComponent } from "./test/entities";
import { startSimPortal, type SimPortal } from "./test/sim-portal";

let p: SimPortal;
beforeAll(async () => {
  p = await startSimPortal();
});
afterAll(async () => {
  await p?.stop();
});

const rowOf = (repo: string, githubId: number) => db.pipelineRun.findUnique({ where: { repo_githubId: { repo: repo.toLowerCase(), githubId: String(githubId) } }, include: { jobs: true } });

async function setup() {
  const member = await createActor("developer");
  const team = await createTeamRow(undefined, member);
  const repo = await p.newRepo(unique("svc"));
  const entity = await createComponent({ slug: repo, ownerSlug: team.slug, deployWorkflow: "deploy.yml" });
  return { member, team, repo, entity };
}

describe("pipelines from GitHub Actions", () => {
  it("a push's run goes queued → failed through webhooks, is re-run by a team member and passes; the job is then flaky", async () => {
    const { member, repo, entity } = await setup();
    await p.sim.control.push(repo, { "src/app.txt": "v2\n" }, "Change the app");
    const runId = p.sim.control.runs(repo)[0]!.id;
    const queued = await waitFor(async () => ((await rowOf(repo, runId))?.status === "queued" ? rowOf(repo, runId) : undefined));
    expect(queued).toMatchObject({ workflowName: "CI", branch: "main", isDefault: true, event: "push", attempt: 1, title: "Change the app" });
    const list = await listEntityRuns(member, { entity: entity.ref, take: 30 });
    expect(list).toMatchObject({ repository: { state: "ok", slug: repo }, active: true, canOperate: true });
    expect(list.items[0]!.githubId).toBe(String(runId));

    await p.sim.control.advanceRun(repo, runId, "in_progress");
    await p.sim.control.advanceRun(repo, runId, "completed", "failure");
    const failed = await waitFor(async () => {
      const row = await rowOf(repo, runId);
      return row?.conclusion === "failure" && row.jobs.filter((j) => j.status === "completed").length === 2 ? row : undefined;
    });
    expect(failed.durationMs).not.toBeNull();
    const detail = await getRun(member, failed.id);
    expect(detail.jobs.map((j) => [j.name, j.conclusion])).toEqual([["build", "success"], ["test", "failure"]]);
    expect(detail.jobs[1]!.steps[0]).toMatchObject({ name: "Set up job", conclusion: "failure" });
    expect(await db.pipelineRepository.findUnique({ where: { repo: repo.toLowerCase() } })).toMatchObject({ latestConclusion: "failure", latestRank: 0 });

    await rerunRun(member, failed.id, true);
    await waitFor(async () => ((await rowOf(repo, runId))?.attempt === 2 ? true : undefined));
    await p.sim.control.advanceRun(repo, runId, "completed", "success");
    const passed = await waitFor(async () => {
      const row = await rowOf(repo, runId);
      return row?.conclusion === "success" && row.attempt === 2 ? row : undefined;
    });
    expect(passed.status).toBe("completed");
    expect(await db.auditEvent.count({ where: { action: "pipeline.rerun-failed", targetId: failed.id, actorId: member.userId } })).toBe(1);
    const flaky = await waitFor(async () => {
      const list = await listFlakyJobs(member, { days: 7, repo: repo.toLowerCase() });
      return list.length ? list : undefined;
    });
    expect(flaky).toEqual([expect.objectContaining({ repo: repo.toLowerCase(), name: "test", occurrences: 1 })]);
    const org = await getOrgPipelines(member, { days: 7, page: 1 });
    expect(org.totals.passing).toBeGreaterThan(0);
  });

  it("replaying an older delivery or the same one again never regresses the run", async () => {
    const { repo } = await setup();
    await p.sim.control.push(repo, { "x.txt": "1\n" });
    const runId = p.sim.control.runs(repo)[0]!.id;
    await p.sim.control.advanceRun(repo, runId, "in_progress");
    await p.sim.control.advanceRun(repo, runId, "completed", "success");
    await waitFor(async () => ((await rowOf(repo, runId))?.conclusion === "success" ? true : undefined));
    const deliveries = p.sim.control.deliveries().filter((d) => (d.event === "workflow_run" || d.event === "workflow_job") && JSON.stringify(d.payload).includes(`"run_id":${runId}`) || (d.payload as { workflow_run?: { id: number } }).workflow_run?.id === runId);
    // Every earlier delivery again, oldest last (out of order), twice (duplicates).
    for (const d of [...deliveries].reverse().concat([...deliveries].reverse())) {
      const row = await db.webhookDelivery.create({ data: { source: "github", event: d.event, status: "queued" } });
      await processGithubDelivery({ deliveryRowId: row.id, integrationId: p.integrationId, event: d.event, payload: d.payload }, { db, log });
    }
    const row = await rowOf(repo, runId);
    expect(row).toMatchObject({ status: "completed", conclusion: "success", attempt: 1 });
    expect(row!.jobs.every((j) => j.status === "completed")).toBe(true);
  });

  it("viewers and people outside the owner team cannot re-run, cancel or dispatch (403)", async () => {
    const { repo, entity } = await setup();
    await p.sim.control.push(repo, { "y.txt": "1\n" });
    const runId = p.sim.control.runs(repo)[0]!.id;
    const row = await waitFor(() => rowOf(repo, runId).then((r) => r ?? undefined));
    for (const actor of [await createActor("viewer"), await createActor("developer")]) {
      await expect(cancelRun(actor, row.id)).rejects.toMatchObject({ code: "forbidden" });
      await expect(rerunRun(actor, row.id, false)).rejects.toMatchObject({ code: "forbidden" });
      await expect(dispatchWorkflow(actor, { entity: entity.ref, workflow: "deploy.yml", ref: "main", inputs: { version: "1" } })).rejects.toMatchObject({ code: "forbidden" });
      expect((await listEntityRuns(actor, { entity: entity.ref, take: 5 })).canOperate).toBe(false);
    }
    // A platform engineer may; the run is cancelled on GitHub and the webhook says so.
    await cancelRun(await createActor("platform"), row.id);
    await waitFor(async () => ((await rowOf(repo, runId))?.conclusion === "cancelled" ? true : undefined));
  });

  it("dispatch: the form's inputs come from the workflow file, and are checked before GitHub is called", async () => {
    const { member, entity, repo } = await setup();
    const workflows = await listDispatchableWorkflows(member, entity.ref);
    expect(workflows).toEqual([
      expect.objectContaining({
        name: "Deploy",
        file: "deploy.yml",
        inputs: [
          { name: "version", description: "Version to deploy", type: "string", required: true, default: null, options: [] },
          { name: "environment", description: null, type: "choice", required: false, default: "production", options: ["production", "staging"] },
        ],
      }),
    ]);
    await expect(dispatchWorkflow(member, { entity: entity.ref, workflow: "deploy.yml", ref: "main", inputs: {} })).rejects.toThrow("inputs.version: version is required");
    await expect(dispatchWorkflow(member, { entity: entity.ref, workflow: "deploy.yml", ref: "main", inputs: { version: "1", environment: "moon" } })).rejects.toThrow("one of production, staging");
    await dispatchWorkflow(member, { entity: entity.ref, workflow: "deploy.yml", ref: "main", inputs: { version: "1.2.3" } });
    expect(p.sim.control.dispatches().at(-1)).toMatchObject({ repo, workflow: ".github/workflows/deploy.yml", ref: "main", inputs: { version: "1.2.3" } });
  });

  it("maps repositories from the catalog's annotations: valid slugs only, with the deploy workflow, following changes", async () => {
    const slug = `acme/${unique("Map")}`;
    const mapped = await createComponent({ slug, deployWorkflow: "ship.yml" });
    await createComponent({ slug: "not a slug" });
    await createComponent();
    const { repositories } = await refreshRepositoryMap();
    expect(repositories).toContain(slug.toLowerCase());
    expect(repositories).not.toContain("not a slug");
    expect(await db.pipelineRepository.findUnique({ where: { repo: slug.toLowerCase() } })).toMatchObject({ entityRef: mapped.ref, deployWorkflow: "ship.yml" });
    await db.entity.update({ where: { id: mapped.id }, data: { annotations: { "github.com/project-slug": slug } } });
    await refreshRepositoryMap();
    expect(await db.pipelineRepository.findUnique({ where: { repo: slug.toLowerCase() } })).toMatchObject({ entityRef: mapped.ref, deployWorkflow: null });
  });

  it("the resync repairs runs whose webhooks were lost", async () => {
    const { repo } = await setup();
    p.sim.control.setWebhookTarget(null, "");
    await p.sim.control.push(repo, { "z.txt": "1\n" });
    const runId = p.sim.control.runs(repo)[0]!.id;
    await p.sim.control.advanceRun(repo, runId, "completed", "failure");
    expect(await rowOf(repo, runId)).toBeNull();
    const result = await resyncRepository(repo);
    expect(result.runs).toBeGreaterThanOrEqual(2);
    expect(await rowOf(repo, runId)).toMatchObject({ status: "completed", conclusion: "failure", jobs: expect.arrayContaining([expect.objectContaining({ name: "test", conclusion: "failure" })]) });
    p.sim.control.setWebhookTarget(null, ""); // the next test's setup turns it back on
  });

  it("a repository the connection cannot see is a plain 'no access to owner/repo' state", async () => {
    const entity = await createComponent({ slug: "acme/not-there-at-all" });
    expect(await resyncRepository("acme/not-there-at-all")).toMatchObject({ error: "no access to acme/not-there-at-all" });
    const list = await listEntityRuns(await createActor("viewer"), { entity: entity.ref, take: 5 });
    expect(list.repository).toEqual({ state: "no-access", slug: "acme/not-there-at-all", message: "no access to acme/not-there-at-all" });
    const none = await createComponent();
    expect((await listEntityRuns(await createActor("viewer"), { entity: none.ref, take: 5 })).repository.state).toBe("no-repository");
  });
});
