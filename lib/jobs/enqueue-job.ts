import "server-only";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import { AppError, parseInput } from "../errors";
import { getJobDefinition, type JobPayload, type JobType } from "./registry";
import { notifyJobEnqueued } from "./wake";

export type EnqueueOptions = {
  /** Not before this time (default now). */
  runAt?: Date;
  maxAttempts?: number;
  /** Set by the scheduler, so history shows which schedule made the job. */
  scheduleId?: string;
};

const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Queue a job. Pass the caller's transaction to enqueue atomically with the change that needs
 * it: the job then exists only if the change commits.
 */
export async function enqueueJob<T extends JobType>(client: Db | Tx, type: T, payload: JobPayload<T>, options: EnqueueOptions = {}) {
  const definition = getJobDefinition(type);
  if (!definition) {
    throw new AppError("validation", `unknown job type '${type}'`, [{ path: "type", message: "no job is defined with this type" }]);
  }
  const data = parseInput(definition.payload, payload, `payload for job '${type}'`);
  const maxAttempts = options.maxAttempts ?? definition.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) {
    throw new AppError("validation", `maxAttempts for job '${type}' must be an integer from 1 to 100`, [
      { path: "maxAttempts", message: "must be an integer from 1 to 100" },
    ]);
  }
  const job = await client.job.create({
    data: {
      type,
      payload: data as Prisma.InputJsonValue,
      maxAttempts,
      ...(options.runAt && { runAt: options.runAt }),
      ...(options.scheduleId && { scheduleId: options.scheduleId }),
    },
  });
  // Wake this process's idle worker. Inside a transaction the row is not visible yet; the
  // worker looks again briefly after a wake-up (run-worker.ts), so that costs milliseconds.
  if (!options.runAt || options.runAt.getTime() <= Date.now()) notifyJobEnqueued();
  return job;
}
