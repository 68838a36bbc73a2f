import "server-only";
// One run with the jobs of its latest attempt and their steps, for the run detail.
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { AppError } from "../errors";
import { runSummarySelect } from "./list-entity-runs";
import { canOperate } from "./pipeline-access";
import type { RunDetail } from "./schemas";

export async function getRun(actor: Actor, id: string): Promise<RunDetail> {
  const run = await db.pipelineRun.findUnique({ where: { id }, select: { ...runSummarySelect, repo: true, jobs: { orderBy: [{ attempt: "desc" }, { startedAt: "asc" }, { name: "asc" }] } } });
  if (!run) throw AppError.notFound(`workflow run '${id}'`);
  const mapping = await db.pipelineRepository.findUnique({ where: { repo: run.repo }, select: { entityRef: true } });
  const entityRef = mapping?.entityRef ?? null;
  // Each job's latest attempt (a re-run of failed jobs leaves the passed ones at the earlier attempt).
  const latest = new Map<string, (typeof run.jobs)[number]>();
  for (const j of run.jobs) if (!latest.has(j.name)) latest.set(j.name, j);
  const { repo: _repo, jobs, ...summary } = run;
  return {
    ...summary,
    entityRef,
    canOperate: await canOperate(actor, entityRef),
    jobs: [...latest.values()]
      .sort((a, b) => jobs.indexOf(a) - jobs.indexOf(b))
      .map((j) => ({
        id: j.id,
        name: j.name,
        attempt: j.attempt,
        status: j.status,
        conclusion: j.conclusion,
        startedAt: j.startedAt,
        completedAt: j.completedAt,
        htmlUrl: j.htmlUrl,
        steps: (j.steps as RunDetail["jobs"][number]["steps"] | null) ?? [],
      })),
  };
}
