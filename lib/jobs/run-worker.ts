import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db as defaultDb, type Db } from "../db/client";
import { log } from "../log";
import { claimJob, reclaimStaleJobs } from "./claim-job";
import { runClaimedJob } from "./run-job";
import { enqueueDueSchedules, ensureSchedules } from "./run-schedules";
import { onJobEnqueued } from "./wake";

// After a wake-up finds nothing (the enqueuing transaction had not committed yet), look again
// at this short interval for a little while before going back to the normal poll.
const AFTER_WAKE_MS = 20;
const AFTER_WAKE_WINDOW_MS = 300;

export type WorkerOptions = {
  workerId: string;
  /** Abort to stop: no new claims; jobs already running finish first. */
  signal: AbortSignal;
  db?: Db;
  /** Jobs run at once by this worker (default 1). */
  concurrency?: number;
  /** How long an idle worker waits before looking for work again (default 1 s). */
  pollMs?: number;
  /** How often a running job's lock is refreshed (default 10 s). */
  heartbeatMs?: number;
  /** A running job whose lock is older than this belongs to a dead worker (default 60 s). */
  staleMs?: number;
};

/** Run the worker until the signal aborts; resolves once the running jobs have finished. */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { workerId, signal } = options;
  const client = options.db ?? defaultDb;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const pollMs = options.pollMs ?? 1_000;
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  if (staleMs <= heartbeatMs * 2) throw new Error("staleMs must be well above heartbeatMs, or live jobs get reclaimed");
  const workerLog = log.child({ workerId });

  // Idle workers wake at random offsets, so several instances do not query in lockstep.
  const idle = (ms: number) => sleep(ms * (0.5 + Math.random()), undefined, { signal }).catch(() => {});

  // A lane's idle wait ends early when a job is enqueued in this process (lib/jobs/wake.ts).
  let wokenAt = 0;
  const idleUntilWoken = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms * (0.5 + Math.random()));
      const unsubscribe = onJobEnqueued(() => {
        wokenAt = Date.now();
        done();
      });
      signal.addEventListener("abort", done, { once: true });
    });

  async function lane() {
    while (!signal.aborted) {
      try {
        const job = await claimJob(client, workerId);
        if (job) await runClaimedJob(client, job, { workerId, signal, heartbeatMs });
        else await idleUntilWoken(Date.now() - wokenAt < AFTER_WAKE_WINDOW_MS ? AFTER_WAKE_MS : pollMs);
      } catch (err) {
        workerLog.error({ err }, "worker could not claim or finish a job; backing off");
        await idle(pollMs * 5);
      }
    }
  }

  async function maintenance() {
    let lastReclaim = 0;
    while (!signal.aborted) {
      try {
        await enqueueDueSchedules(client);
        if (Date.now() - lastReclaim >= heartbeatMs) {
          lastReclaim = Date.now();
          await reclaimStaleJobs(client, staleMs);
        }
      } catch (err) {
        workerLog.error({ err }, "schedule or reclaim pass failed");
      }
      await idle(pollMs);
    }
  }

  workerLog.info({ concurrency, pollMs }, "worker started");
  try {
    await ensureSchedules(client);
  } catch (err) {
    workerLog.error({ err }, "could not create the built-in schedules; continuing without updating them");
  }
  await Promise.all([maintenance(), ...Array.from({ length: concurrency }, lane)]);
  workerLog.info("worker stopped");
}
