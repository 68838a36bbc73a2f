// npm run bench:pipelines [-- --repos N] [--runs R] [--deployments D] [--postgres] [--duration S] [--connections C]
// Seeds N repositories (each an entity with a github.com/project-slug) with R workflow runs and
// their jobs, and D deployments over 90 days, into a fresh database; starts the production
// server and measures, under concurrent load (autocannon), the organisation Pipelines page, an
// entity's CI/CD tab (pages, with a signed-in session) and the DORA endpoint for an entity and a
// team (a read token). Prints p50/p95/p99. Targets: page p99 ≤ 300 ms, endpoint p99 ≤ 100 ms.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { pgAdmin, pgUrl } from "../lib/test/databases";
import { arg, benchEnv, cli, ensureBuild, freePort, measure, sessionCookie, startPortal, type Portal, type Scenario } from "./support";


const REPOS = Number(arg("repos", "1000"));
const RUNS = Number(arg("runs", "100"));
const DEPLOYMENTS = Number(arg("deployments", "50000"));
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = Number(arg("connections", "10"));
const TEAMS = 20;
const usePostgres = process.argv.includes("--postgres");
// Seed, print the database URL and stop (for profiling a query against the same data).
const seedOnly = process.argv.includes("--seed-only");
// Measure a database a --seed-only run kept (SQLite file URL), without seeding again.
const reuse = arg("database", "");
const provider = usePostgres ? "postgresql" : "sqlite";
const PASSWORD = "bench-password-0123456789";


const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;

async function seed(databaseUrl: string) {
  const db = createDb(databaseUrl);
  const now = Date.now();
  const DAY = 86_400_000;
  const teams = Array.from({ length: TEAMS }, (_, i) => ({ slug: `team-${i}`, name: `Team ${i}` }));
  await db.team.createMany({ data: teams });
  const entities = Array.from({ length: REPOS }, (_, i) => ({
    ref: `component:default/svc-${i}`, kind: "Component", namespace: "default", name: `svc-${i}`, type: "service", lifecycle: "production",
    ownerRef: `group:default/team-${i % TEAMS}`, tags: [], labels: {}, links: [], spec: { type: "service", lifecycle: "production", owner: `team-${i % TEAMS}` },
    annotations: { "github.com/project-slug": `acme/svc-${i}`, "flightdeck.dev/deploy-workflow": "deploy.yml" }, searchText: `svc-${i}`,
  }));
  for (let i = 0; i < entities.length; i += 500) await db.entity.createMany({ data: entities.slice(i, i + 500) });
  const conclusions = ["success", "success", "success", "success", "failure", "success", "cancelled", "success"] as const;
  let runId = 1_000_000_000;
  let jobId = 5_000_000_000;
  for (let r = 0; r < REPOS; r++) {
    const repo = `acme/svc-${r}`;
    const runs = [];
    for (let k = 0; k < RUNS; k++) {
      const created = new Date(now - (RUNS - k) * (90 * DAY / RUNS) - (r % 60) * 60_000);
      const conclusion = pick(conclusions, r + k);
      const duration = 60_000 + ((r * 7 + k * 13) % 600) * 1000;
      runs.push({
        id: `run-${r}-${k}`, repo, githubId: String(runId++), workflowId: "1", workflowName: k % 4 ? "CI" : "Deploy", workflowPath: ".github/workflows/ci.yml",
        runNumber: k + 1, attempt: 1, event: "push", status: "completed", conclusion, statusRank: 2, branch: k % 5 ? "main" : `feature-${k}`, isDefault: k % 5 !== 0,
        headSha: crypto.createHash("sha1").update(`${r}-${k}`).digest("hex"), title: `Change ${k}`, actor: "octocat", htmlUrl: `https://github.example/${repo}/actions/runs/${runId}`,
        runCreatedAt: created, startedAt: created, completedAt: new Date(created.getTime() + duration), durationMs: duration, githubUpdatedAt: new Date(created.getTime() + duration),
      });
    }
    await db.pipelineRun.createMany({ data: runs });
    const jobs = runs.slice(-10).flatMap((run) =>
      ["build", "test"].map((name) => ({
        runRowId: run.id, repo, githubId: String(jobId++), attempt: 1, name, status: "completed", conclusion: name === "test" ? run.conclusion : "success", statusRank: 2, headSha: run.headSha,
        startedAt: run.startedAt, completedAt: run.completedAt, htmlUrl: null, steps: [{ name: "Set up job", number: 1, status: "completed", conclusion: "success", startedAt: null, completedAt: null }],
      })),
    );
    await db.pipelineJob.createMany({ data: jobs });
    const latest = runs.filter((x) => x.isDefault).at(-1)!;
    await db.pipelineRepository.create({
      data: { repo, entityRef: `component:default/svc-${r}`, deployWorkflow: "deploy.yml", lastSyncedAt: new Date(), latestRunRowId: latest.id, latestStatus: "completed", latestConclusion: latest.conclusion, latestRunAt: latest.runCreatedAt, latestGithubRunId: BigInt(latest.githubId), latestRank: latest.conclusion === "failure" ? 0 : 2 },
    });
  }
  const envs = ["production", "staging", "dev"];
  const statuses = ["succeeded", "succeeded", "succeeded", "failed", "succeeded", "rolled_back", "succeeded", "succeeded", "succeeded", "succeeded"];
  const deployments = [];
  for (let d = 0; d < DEPLOYMENTS; d++) {
    const started = new Date(now - ((d * 7919) % (90 * 24 * 60)) * 60_000);
    const status = pick(statuses, d);
    deployments.push({
      externalId: `bench-${d}`, entityRef: `component:default/svc-${d % REPOS}`, environment: pick(envs, Math.floor(d / REPOS)), version: `1.${Math.floor(d / REPOS)}.0`,
      sha: crypto.createHash("sha1").update(`d${d}`).digest("hex"), status, statusRank: status === "rolled_back" ? 2 : 1, isHotfix: d % 37 === 0, source: "api",
      startedAt: started, finishedAt: new Date(started.getTime() + 300_000), leadTimeSec: status === "succeeded" ? 3600 + (d % 200) * 600 : null,
    });
    if (deployments.length === 2000 || d === DEPLOYMENTS - 1) await db.deployment.createMany({ data: deployments.splice(0) });
  }
  await db.$disconnect();
}

ensureBuild();

const root = fs.mkdtempSync(path.join(os.tmpdir(), "flightdeck-bench-pipelines-"));
const dbName = `fd_bench_pipelines_${Math.random().toString(36).slice(2, 8)}`;
const databaseUrl = reuse || (usePostgres ? pgUrl(dbName) : `file:${path.join(root, "data", "flightdeck.db")}`);
if (usePostgres && !reuse) await pgAdmin((c) => c.query(`CREATE DATABASE ${dbName}`));
// Measure the pages, not a resync of 1,000 repositories that do not exist.
const env = benchEnv(root, databaseUrl, await freePort(), { AUTH_TRUST_HOST: "true", FLIGHTDECK_WORKER: "off" });
let portal: Portal | undefined;
try {
  if (!reuse) {
    cli(env, "db", "migrate");
    cli(env, "user", "create", "--email", "bench@example.test", "--name", "Bench", "--role", "admin", "--password", PASSWORD);
  }
  const started = performance.now();
  if (!reuse) await seed(databaseUrl);
  if (!reuse) console.log(`bench: seeded ${REPOS} repositories × ${RUNS} runs and ${DEPLOYMENTS} deployments in ${((performance.now() - started) / 1000).toFixed(1)} s (${provider})`);
  if (seedOnly) {
    console.log(`bench: seeded database kept at ${databaseUrl}`);
    process.exit(0);
  }
  const token = cli(env, "token", "create", "--user", "bench@example.test", "--scope", "read").trim();

  portal = await startPortal(env);
  const { base } = portal;
  const cookie = await sessionCookie(base, "bench@example.test", PASSWORD);
  const rand = (n: number) => Math.floor(Math.random() * n);
  const scenarios: Scenario[] = [
    ["page: org Pipelines (30 days)", { cookie }, () => `/pipelines?days=30`],
    ["page: entity CI/CD tab", { cookie }, () => `/catalog/component/default/svc-${rand(REPOS)}?tab=cicd`],
    ["API: runs of an entity", { authorization: `Bearer ${token}` }, () => `/api/v1/pipelines/runs?entity=component:default/svc-${rand(REPOS)}`],
    ["API: DORA of an entity (30 days)", { authorization: `Bearer ${token}` }, () => `/api/v1/metrics/dora?entity=component:default/svc-${rand(REPOS)}`],
    ["API: DORA of a team (30 days)", { authorization: `Bearer ${token}` }, () => `/api/v1/metrics/dora?team=team-${rand(TEAMS)}`],
  ];
  const table = await measure(base, scenarios, { connections: CONNECTIONS, duration: DURATION });
  console.log(`\nPipelines at ${REPOS} repositories × ${RUNS} runs, ${DEPLOYMENTS} deployments, ${provider}, ${os.cpus().length} cores, node ${process.version}, ${CONNECTIONS} connections × ${DURATION} s\n`);
  console.log(table);
  console.log(`\nTargets: pages p99 ≤ 300 ms, DORA endpoint p99 ≤ 100 ms.`);
} finally {
  await portal?.stop();
  if (usePostgres && !reuse) await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch(() => {});
  fs.rmSync(root, { recursive: true, force: true });
}
