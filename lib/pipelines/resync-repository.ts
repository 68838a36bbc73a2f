import "server-only";
// The slow half of freshness (webhooks are the fast one): read a repository's recent runs and
// the jobs of the newest ones through the facade and upsert them with the same non-regressing
// rules. A repository the connection cannot see is recorded as "no access to owner/repo".
import { db as defaultDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { githubFor } from "../integrations/github/connect";
import { integrationForOwner } from "./entity-repository";
import { upsertJob } from "./upsert-job";
import { upsertRun } from "./upsert-run";

const RUNS = 30;
const RUNS_WITH_JOBS = 10;

export async function resyncRepository(repoKey: string, client: Db = defaultDb): Promise<{ runs: number; jobs: number; error?: string }> {
  const key = repoKey.toLowerCase();
  const [owner, name] = key.split("/") as [string, string];
  const row = await client.pipelineRepository.findUnique({ where: { repo: key } });
  const integrationId = row?.integrationId ?? (await integrationForOwner(owner, client));
  if (!integrationId) return { runs: 0, jobs: 0, error: "GitHub is not connected" };
  const ref = { owner, repo: name };
  try {
    const github = await githubFor(integrationId);
    const info = await github.getRepo(ref);
    const runs = await github.listWorkflowRuns(ref, { perPage: RUNS });
    let jobs = 0;
    for (const run of runs) await upsertRun(client, { repo: key, integrationId, defaultBranch: info.defaultBranch, run });
    for (const run of runs.slice(0, RUNS_WITH_JOBS)) {
      for (const job of await github.listRunJobs(ref, run.id)) {
        await upsertJob(client, { repo: key, integrationId, job });
        jobs++;
      }
    }
    await client.pipelineRepository.upsert({
      where: { repo: key },
      create: { repo: key, integrationId, defaultBranch: info.defaultBranch, lastSyncedAt: new Date() },
      update: { integrationId, defaultBranch: info.defaultBranch, lastSyncedAt: new Date(), lastError: null },
    });
    return { runs: runs.length, jobs };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const message = error.code === "not_found" || error.code === "forbidden" ? `no access to ${owner}/${name}` : error.message;
    await client.pipelineRepository.upsert({
      where: { repo: key },
      create: { repo: key, integrationId, lastError: message, lastSyncedAt: new Date() },
      update: { lastError: message, lastSyncedAt: new Date() },
    });
    // An outage or a rate limit is worth a retry; a missing permission is not.
    if (error.code === "unavailable" || error.code === "rate_limited") throw error;
    return { runs: 0, jobs: 0, error: message };
  }
}
