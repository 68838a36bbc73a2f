// Orders for GitHub's run and job states, so an upsert can refuse a delivery older than the row.

/** queued (and GitHub's other waiting words) 0, in progress 1, completed 2. */
export function runStatusRank(status: string | null | undefined): number {
  if (status === "completed") return 2;
  if (status === "in_progress") return 1;
  return 0;
}

const failing = new Set(["failure", "timed_out", "startup_failure"]);

export function isFailing(conclusion: string | null | undefined): boolean {
  return !!conclusion && failing.has(conclusion);
}

/** The org page's order: failing 0, running or queued 1, anything else 2 (3 is "no run yet"). */
export function latestRankOf(status: string | null, conclusion: string | null): number {
  if (status !== "completed") return 1;
  return isFailing(conclusion) ? 0 : 2;
}

/** One word for a run or job: the conclusion once completed, else the status. */
export function displayStatus(status: string | null, conclusion: string | null): string {
  return status === "completed" ? (conclusion ?? "completed") : (status ?? "queued");
}
