// A job type is a typed definition: its payload schema (checked when enqueued and again when
// run, since the row may predate a code change), how often to try, and what it does.
import type { Logger } from "pino";
import type { z } from "zod";
import type { Db } from "../db/client";

export type JobContext = {
  jobId: string;
  workerId: string;
  /** 1 on the first run, counting every claim (including reclaims of a dead worker's run). */
  attempt: number;
  /** The worker's client: jobs use it rather than the global one, so tests can aim workers anywhere. */
  db: Db;
  log: Logger;
  /** Aborted when the worker is stopping; long jobs should give up early and let a retry finish. */
  signal: AbortSignal;
};

export type JobDefinition<T extends string = string, S extends z.ZodType = z.ZodType, R = unknown> = {
  type: T;
  payload: S;
  /** Default for jobs of this type; enqueueJob's option wins. */
  maxAttempts?: number;
  run: (payload: z.output<S>, ctx: JobContext) => Promise<R>;
};

export function defineJob<const T extends string, S extends z.ZodType, R>(definition: JobDefinition<T, S, R>) {
  return definition;
}
