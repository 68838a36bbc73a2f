import "server-only";
// A job's plain-text log, read through the facade when asked for (logs are not stored).
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { githubFor } from "../integrations/github/connect";
import { integrationForOwner } from "./entity-repository";

const MAX_CHARS = 2_000_000;

export async function getJobLog(_actor: Actor, jobRowId: string): Promise<{ jobId: string; name: string; text: string; truncated: boolean }> {
  const job = await db.pipelineJob.findUnique({ where: { id: jobRowId }, select: { id: true, name: true, githubId: true, repo: true, run: { select: { integrationId: true } } } });
  if (!job) throw AppError.notFound(`job '${jobRowId}'`);
  const [owner, repo] = job.repo.split("/") as [string, string];
  const integrationId = job.run.integrationId ?? (await integrationForOwner(owner));
  if (!integrationId) throw new AppError("unavailable", "GitHub is not connected");
  const text = await (await githubFor(integrationId)).getJobLogs({ owner, repo }, Number(job.githubId));
  return { jobId: job.id, name: job.name, text: text.slice(0, MAX_CHARS), truncated: text.length > MAX_CHARS };
}
