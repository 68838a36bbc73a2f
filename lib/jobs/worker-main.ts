// The job worker's two homes. Inside the Next.js server, instrumentation.ts calls
// startWorkerInProcess(). Anywhere else (`npm run worker`, or directly:
// node --conditions=react-server --import tsx lib/jobs/worker-main.ts), importing this module
// runs the worker alone until SIGTERM/SIGINT, for scale-out (web instances set FLIGHTDECK_WORKER=off).
import "server-only";
import { db } from "../db/client";
import { log } from "../log";
import { startWorker, type RunningWorker } from "./start-worker";

const globalForWorker = globalThis as unknown as { flightdeckWorker?: RunningWorker };

/**
 * Run the worker inside this server process, once: hot reloads re-run instrumentation, and a
 * second loop would only add load. FLIGHTDECK_WORKER=off leaves the work to `npm run worker`.
 */
export function startWorkerInProcess(): RunningWorker | null {
  if ((process.env.FLIGHTDECK_WORKER ?? "on") === "off") return null;
  return (globalForWorker.flightdeckWorker ??= startWorker());
}

function runStandalone() {
  const worker = startWorker({ ...process.env, FLIGHTDECK_WORKER: "on" });
  let isStopping = false;
  const shutdown = (signal: string) => {
    // A second signal means "now": jobs left running are reclaimed by another worker later.
    if (isStopping) process.exit(1);
    isStopping = true;
    log.info({ workerId: worker.workerId, signal }, "stopping the worker after its running jobs");
    void worker.stop().finally(async () => {
      await db.$disconnect();
      process.exit(0);
    });
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  worker.done.catch(async () => {
    await db.$disconnect();
    process.exit(1);
  });
}

// Next.js sets NEXT_RUNTIME in its server (and inlines it in bundles); a plain Node process
// (the CLI's `worker` command, the entrypoint above) has none.
if (!process.env.NEXT_RUNTIME) runStandalone();
