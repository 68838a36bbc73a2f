import "server-only";
// GitHub deployment and deployment_status webhooks → the same rows the API writes, keyed
// "github:owner/repo:id". The entity is the one whose github.com/project-slug names the
// repository; environments outside the configured list are skipped (logged), not guessed.
import { systemActor } from "../auth/actor";
import { onGithubEvent } from "../webhooks/registry";
import { findEntityForRepo } from "../pipelines/refresh-repositories";
import { knownEnvironment } from "./environments";
import { recordDeployment } from "./record-deployment";
import type { DeploymentStatus } from "./schemas";

type GithubDeployment = { id: number; sha: string; ref: string; environment: string; created_at: string; payload?: unknown; description?: string | null };

const stateMap: Record<string, DeploymentStatus | undefined> = {
  success: "succeeded",
  failure: "failed",
  error: "failed",
  pending: "started",
  queued: "started",
  in_progress: "started",
};

async function record(repo: string, d: GithubDeployment, status: DeploymentStatus, at: Date, url: string | null, log: { info: (o: object, m: string) => void }) {
  const environment = knownEnvironment(d.environment);
  const entityRef = await findEntityForRepo(repo);
  if (!environment || !entityRef) {
    log.info({ repo, environment: d.environment, entityRef }, "skipped a GitHub deployment: unknown environment or no entity names the repository");
    return;
  }
  const payload = (d.payload && typeof d.payload === "object" ? d.payload : {}) as { version?: unknown };
  await recordDeployment({ ...systemActor, email: "github", name: "GitHub" }, {
    externalId: `github:${repo.toLowerCase()}:${d.id}`,
    entity: entityRef,
    environment,
    version: typeof payload.version === "string" ? payload.version : d.ref,
    sha: d.sha,
    status,
    startedAt: new Date(d.created_at),
    ...(status !== "started" && { finishedAt: at }),
    url,
    source: "github",
  });
}

onGithubEvent("deployment", async (event, { log }) => {
  const p = event.payload;
  const d = p.deployment as unknown as GithubDeployment;
  await record(p.repository.full_name, d, "started", new Date(d.created_at), null, log);
});

onGithubEvent("deployment_status", async (event, { log }) => {
  const p = event.payload;
  const s = p.deployment_status as unknown as { state: string; created_at: string; environment_url?: string | null; target_url?: string | null };
  const status = stateMap[s.state];
  if (!status) return; // "inactive": superseded by a newer deployment, nothing failed
  await record(p.repository.full_name, p.deployment as unknown as GithubDeployment, status, new Date(s.created_at), s.environment_url || s.target_url || null, log);
});
