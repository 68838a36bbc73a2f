// Runs once when a Next.js server starts: validate the environment (a bad variable stops the
// start with its name), set up an empty database, start the in-process job worker, register
// the catalog's hot reads for bin/serve.mjs to answer directly, and log unexpected request errors.
import type { Instrumentation } from "next";

export async function register() {
  // Written as one condition on NEXT_RUNTIME so the Edge build drops the Node-only imports.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { env } = await import("./lib/env");
    const { initializeOnStart } = await import("./lib/workspace/initialize-on-start");
    await initializeOnStart(env());
    if (env().FLIGHTDECK_WORKER === "on") {
      const { startWorkerInProcess } = await import("./lib/jobs/worker-main");
      startWorkerInProcess();
    }
    // The catalog reads that API clients make most, served past Next.js's router.
    const { DIRECT_SERVER, directServer } = await import("./lib/api/direct");
    const [list, entity, facets] = await Promise.all([
      import("./app/api/v1/entities/route"),
      import("./app/api/v1/entities/[kind]/[namespace]/[name]/route"),
      import("./app/api/v1/entities/facets/route"),
    ]);
    (globalThis as Record<symbol, unknown>)[DIRECT_SERVER] = directServer({
      "/api/v1/entities": list.GET,
      "/api/v1/entities/[kind]/[namespace]/[name]": entity.GET,
      "/api/v1/entities/facets": facets.GET,
    });
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const digest = (error as { digest?: string }).digest;
  log.error({ err: error, requestId: digest, path: request.path, method: request.method, route: context.routePath }, "unexpected error");
};
