// Starting the worker from the environment: inside the Next.js server (instrumentation.ts) or
// alone (worker-main.ts, `npm run worker`, to scale workers apart from web instances).
import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { z } from "zod";
import { log } from "../log";
import { runWorker } from "./run-worker";

const workerEnvSchema = z.object({
  FLIGHTDECK_WORKER: z.enum(["on", "off"]).default("on"),
  FLIGHTDECK_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(1),
  FLIGHTDECK_WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
});

/** Unique per process, and readable in the admin page: which host, which process. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export type RunningWorker = { workerId: string; done: Promise<void>; stop: () => Promise<void> };

export function startWorker(source: NodeJS.ProcessEnv = process.env): RunningWorker {
  const env = workerEnvSchema.parse(source);
  const workerId = newWorkerId();
  const controller = new AbortController();
  const done = runWorker({ workerId, signal: controller.signal, concurrency: env.FLIGHTDECK_WORKER_CONCURRENCY, pollMs: env.FLIGHTDECK_WORKER_POLL_MS });
  done.catch((err: unknown) => log.error({ err, workerId }, "worker crashed"));
  return {
    workerId,
    done,
    stop: () => {
      controller.abort();
      return done;
    },
  };
}
