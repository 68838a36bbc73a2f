// Runs once when a Next.js server starts: validate the environment (a bad variable stops the
// start with its name), set up an empty database, start the in-process job worker, and log
// unexpected request errors.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const { initializeOnStart } = await import("./lib/workspace/initialize-on-start");
  await initializeOnStart(env());
  if (env().FLIGHTDECK_WORKER === "on") {
    const { startWorkerInProcess } = await import("./lib/jobs/worker-main");
    startWorkerInProcess();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const digest = (error as { digest?: string }).digest;
  log.error({ err: error, requestId: digest, path: request.path, method: request.method, route: context.routePath }, "unexpected error");
};
