import "server-only";
// The organisation's Pipelines page: every repository's latest default-branch run, failing
// first (a range read over PipelineRepository's (latestRank, repo) index), with success rate and
// median duration over 7/30/90 days for the repositories on the page.
import { subDays } from "date-fns";
import type { Actor } from "../auth/actor";
import { db } from "../db/client";
import { median } from "../dora/compute-dora";

export const ORG_PAGE = 50;

export async function getOrgPipelines(_actor: Actor, options: { days: 7 | 30 | 90; page: number }) {
  const since = subDays(new Date(), options.days);
  const [repos, totals] = await Promise.all([
    db.pipelineRepository.findMany({
      where: { latestRunRowId: { not: null } },
      orderBy: [{ latestRank: "asc" }, { repo: "asc" }],
      skip: (options.page - 1) * ORG_PAGE,
      take: ORG_PAGE + 1,
      select: { repo: true, entityRef: true, latestRunRowId: true, latestStatus: true, latestConclusion: true, latestRunAt: true, lastError: true },
    }),
    db.pipelineRepository.groupBy({ by: ["latestRank"], where: { latestRunRowId: { not: null } }, _count: { _all: true } }),
  ]);
  const pageRepos = repos.slice(0, ORG_PAGE);
  const names = pageRepos.map((r) => r.repo);
  const [counts, durations, latestRuns] = await Promise.all([
    db.pipelineRun.groupBy({ by: ["repo", "conclusion"], where: { repo: { in: names }, status: "completed", runCreatedAt: { gte: since } }, _count: { _all: true } }),
    db.pipelineRun.findMany({ where: { repo: { in: names }, status: "completed", conclusion: "success", runCreatedAt: { gte: since }, durationMs: { not: null } }, select: { repo: true, durationMs: true } }),
    db.pipelineRun.findMany({ where: { id: { in: pageRepos.map((r) => r.latestRunRowId!) } }, select: { id: true, workflowName: true, runNumber: true, branch: true, headSha: true, durationMs: true, htmlUrl: true } }),
  ]);
  const runById = new Map(latestRuns.map((r) => [r.id, r]));
  const stats = new Map<string, { total: number; success: number; durations: number[] }>();
  const statOf = (repo: string) => stats.get(repo) ?? stats.set(repo, { total: 0, success: 0, durations: [] }).get(repo)!;
  for (const c of counts) {
    const s = statOf(c.repo);
    s.total += c._count._all;
    if (c.conclusion === "success") s.success += c._count._all;
  }
  for (const d of durations) statOf(d.repo).durations.push(d.durationMs!);
  const count = (rank: number) => totals.find((t) => t.latestRank === rank)?._count._all ?? 0;
  return {
    days: options.days,
    page: options.page,
    hasMore: repos.length > ORG_PAGE,
    totals: { failing: count(0), running: count(1), passing: count(2) },
    items: pageRepos.map((r) => {
      const s = stats.get(r.repo);
      const run = runById.get(r.latestRunRowId!);
      return {
        repo: r.repo,
        entityRef: r.entityRef,
        status: r.latestStatus,
        conclusion: r.latestConclusion,
        at: r.latestRunAt,
        run: run ?? null,
        successRate: s && s.total ? s.success / s.total : null,
        runs: s?.total ?? 0,
        medianDurationMs: s ? median(s.durations) : null,
      };
    }),
  };
}
