import "server-only";
import type { Db } from "../db/client";
import type { Job, Prisma } from "../db/generated/sqlite/client";
import { log } from "../log";
import { metrics } from "../metrics";
import { getJobDefinition } from "./registry";

export type JobOutcome = "succeeded" | "retry" | "failed" | "lost";

const MAX_DELAY_MS = 60 * 60_000;

/** Wait before attempt n+1 after attempt n failed: 10 s, 20 s, 40 s … capped at an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(2 ** attempt * 5_000, MAX_DELAY_MS);
}

type RunOptions = { workerId: string; signal: AbortSignal; heartbeatMs: number };

/**
 * Run a job this worker has claimed, outside any transaction, and record how it ended. Every
 * write is conditioned on this worker still holding the lock: if it was presumed dead and the
 * job reclaimed meanwhile, this run's outcome is dropped ("lost") rather than overwriting the
 * newer run's.
 */
export async function runClaimedJob(client: Db, job: Job, { workerId, signal, heartbeatMs }: RunOptions): Promise<JobOutcome> {
  const jobLog = log.child({ jobId: job.id, type: job.type, workerId });
  const held = { id: job.id, status: "running" as const, lockedBy: workerId };
  const started = performance.now();
  jobLog.info({ event: "job.started", attempt: job.attempts }, "job started");

  const heartbeat = setInterval(() => {
    client.job
      .updateMany({ where: held, data: { lockedAt: new Date() } })
      .then(({ count }) => count === 0 && jobLog.warn("lost the lock on a running job (presumed dead and reclaimed)"))
      .catch((err: unknown) => jobLog.error({ err }, "job heartbeat failed"));
  }, heartbeatMs);
  heartbeat.unref();

  let data: Prisma.JobUpdateManyMutationInput;
  let error: unknown;
  try {
    const definition = getJobDefinition(job.type);
    if (!definition) throw new PermanentError(`unknown job type '${job.type}' (removed from the registry?)`);
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) throw new PermanentError(`invalid payload: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`);
    const result = await definition.run(parsed.data, { jobId: job.id, workerId, attempt: job.attempts, db: client, log: jobLog, signal });
    data = {
      status: "succeeded",
      finishedAt: new Date(),
      lastError: null,
      ...(result !== undefined && { result: JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue }),
    };
  } catch (err) {
    error = err;
    const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 2000);
    const canRetry = !(err instanceof PermanentError) && job.attempts < job.maxAttempts;
    data = canRetry
      ? { status: "queued", lastError, runAt: new Date(Date.now() + retryDelayMs(job.attempts)) }
      : { status: "failed", lastError, finishedAt: new Date() };
  } finally {
    clearInterval(heartbeat);
  }

  const { count } = await client.job.updateMany({ where: held, data: { ...data, lockedBy: null, lockedAt: null } });
  const outcome: JobOutcome = count === 0 ? "lost" : data.status === "queued" ? "retry" : (data.status as "succeeded" | "failed");
  const durationMs = Math.round(performance.now() - started);
  const fields = { event: "job.finished", outcome, attempt: job.attempts, durationMs, ...(error !== undefined && { err: error }) };
  if (outcome === "succeeded") jobLog.info(fields, "job finished");
  else jobLog.warn(fields, "job finished");
  metrics.jobsProcessed.inc({ type: job.type, outcome });
  return outcome;
}

/** Retrying cannot help (unknown type, bad payload): fail at once. */
class PermanentError extends Error {}
