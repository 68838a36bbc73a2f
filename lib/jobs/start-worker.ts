// Starting the worker from the environment: inside the Next.js server (instrumentation.ts) or
// alone (worker-main.ts, `npm run worker`, to scale workers apart from web instances).
import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { parseEnv } from "../env";
import { log } from "../log";
import { runWorker } from "./run-worker";

/** Unique per process, and readable in the admin page: which host, which process. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export type RunningWorker = { workerId: string; done: Promise<void>; stop: () => Promise<void> };

export function startWorker(source: Record<string, string | undefined> = process.env): RunningWorker {
  const env = parseEnv(source);
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
