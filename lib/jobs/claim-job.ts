import "server-only";
import type { Db } from "../db/client";
import { log } from "../log";

// Portable exactly-once claiming: read candidates, then take one with an update conditioned on
// the status the reader saw. Both databases run a single UPDATE atomically (PostgreSQL re-checks
// the WHERE after a concurrent writer commits; SQLite has one writer at a time), so of several
// workers racing for a row exactly one gets count 1. No SKIP LOCKED, no dialect SQL.

/** How many due jobs one read considers, so a lost race moves on without another query. */
const CANDIDATES = 10;

/** Claim the oldest due queued job for this worker, or null when none is due. */
export async function claimJob(client: Db, workerId: string, now = new Date()) {
  for (;;) {
    const candidates = await client.job.findMany({
      where: { status: "queued", runAt: { lte: now } },
      orderBy: [{ runAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: CANDIDATES,
      select: { id: true },
    });
    if (candidates.length === 0) return null;
    for (const { id } of candidates) {
      const { count } = await client.job.updateMany({
        where: { id, status: "queued" },
        data: { status: "running", lockedBy: workerId, lockedAt: now, startedAt: now, attempts: { increment: 1 } },
      });
      if (count === 1) return client.job.findUniqueOrThrow({ where: { id } });
    }
    // Every candidate went to other workers; each lost race means a row left the queue, so
    // reading again terminates.
  }
}

/**
 * Give back the jobs of workers that stopped heartbeating (crashed, killed, partitioned): back to
 * the queue, or failed once their attempts are used up. The update is conditioned on the lock
 * the reader saw, so a worker that heartbeats in between keeps its job, and two reclaimers
 * cannot both act on it.
 */
export async function reclaimStaleJobs(client: Db, staleMs: number, now = new Date()) {
  const stale = await client.job.findMany({
    where: { status: "running", lockedAt: { lt: new Date(now.getTime() - staleMs) } },
    select: { id: true, type: true, lockedBy: true, lockedAt: true, attempts: true, maxAttempts: true },
    take: 100,
  });
  let reclaimed = 0;
  for (const job of stale) {
    const lastError = `worker ${job.lockedBy ?? "?"} stopped responding during attempt ${job.attempts}`;
    const isExhausted = job.attempts >= job.maxAttempts;
    const { count } = await client.job.updateMany({
      where: { id: job.id, status: "running", lockedAt: job.lockedAt },
      data: isExhausted
        ? { status: "failed", lastError, lockedBy: null, lockedAt: null, finishedAt: now }
        : { status: "queued", lastError, lockedBy: null, lockedAt: null, runAt: now },
    });
    if (count === 1) {
      reclaimed++;
      log.warn({ jobId: job.id, type: job.type, deadWorker: job.lockedBy, outcome: isExhausted ? "failed" : "requeued" }, "reclaimed a stale job");
    }
  }
  return reclaimed;
}
