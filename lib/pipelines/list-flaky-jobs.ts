import "server-only";
// Flaky jobs: a job that failed and then passed when the same run (the same commit) was re-run.
// Found from the job attempts the webhooks store: passes on attempt > 1 whose earlier attempt of
// the same run and job name failed.
import { subDays } from "date-fns";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";

export type FlakyJob = { repo: string; name: string; occurrences: number; lastSeen: Date; lastRunId: string; headSha: string };

export async function listFlakyJobs(_actor: Actor, options: { days: number; take?: number; repo?: string }): Promise<FlakyJob[]> {
  const since = subDays(new Date(), options.days);
  const passes = await db.pipelineJob.findMany({
    where: { conclusion: "success", attempt: { gt: 1 }, completedAt: { gte: since }, ...(options.repo && { repo: options.repo }) },
    select: { runRowId: true, name: true, attempt: true, repo: true, completedAt: true, headSha: true },
    orderBy: { completedAt: "desc" },
    take: 1000,
  });
  if (!passes.length) return [];
  const failures = await db.pipelineJob.findMany({
    where: { runRowId: { in: [...new Set(passes.map((p) => p.runRowId))] }, conclusion: "failure" },
    select: { runRowId: true, name: true, attempt: true },
  });
  const flaky = new Map<string, FlakyJob>();
  for (const p of passes) {
    if (!failures.some((f) => f.runRowId === p.runRowId && f.name === p.name && f.attempt < p.attempt)) continue;
    const key = `${p.repo}\u0000${p.name}`;
    const seen = flaky.get(key);
    if (seen) seen.occurrences++;
    else flaky.set(key, { repo: p.repo, name: p.name, occurrences: 1, lastSeen: p.completedAt!, lastRunId: p.runRowId, headSha: p.headSha });
  }
  return [...flaky.values()].sort((a, b) => b.occurrences - a.occurrences || b.lastSeen.getTime() - a.lastSeen.getTime()).slice(0, options.take ?? 20);
}
