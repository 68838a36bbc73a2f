import "server-only";
import type { Env } from "../env";
import { log } from "../log";
import { syncBuiltinTemplates } from "../scaffolder/sync-builtin-templates";
import { initializeWorkspace } from "./initialize-workspace";

/**
 * On an empty database, create the first admin (and the demo workspace) and print how to
 * sign in, once. Called by `flightdeck start` and by every server start (the Docker image),
 * so whichever comes first does it.
 */
export async function initializeOnStart(e: Env) {
  const init = await initializeWorkspace({ adminEmail: e.FLIGHTDECK_ADMIN_EMAIL, adminPassword: e.FLIGHTDECK_ADMIN_PASSWORD, demo: e.FLIGHTDECK_DEMO === "on" });
  // Every start, not only the first: an upgrade brings new and changed golden paths.
  await syncBuiltinTemplates().catch((err: unknown) => log.warn({ err }, "could not register the built-in scaffolder templates"));
  if (!init.created) return;
  console.log(`\nflightdeck: created the first admin: ${init.adminEmail}`);
  if (init.generatedPassword) console.log(`flightdeck: its password (shown once; change it in your profile): ${init.generatedPassword}\n`);
}
