import "server-only";
// The golden paths shipped with Flightdeck (lib/scaffolder/templates/<name>/template.yaml and
// its skeleton) are catalog Template entities of one `builtin` location, imported on every
// start: an upgrade brings new and changed templates, and a removed one is orphaned.
import fs from "node:fs/promises";
import path from "node:path";
import { systemActor } from "../auth/actor";
import { applyImport } from "../catalog/import/apply-import";
import { db } from "../db/client";
import { toAppError } from "../errors";
import { log } from "../log";

export const BUILTIN_LOCATION = { type: "builtin", target: "scaffolder-templates" } as const;

// Resolved from the working directory, like the demo catalog: bundles would lose a module path.
export function builtinTemplatesDir(): string {
  return path.join(process.cwd(), "lib/scaffolder/templates");
}

export async function syncBuiltinTemplates(dir = builtinTemplatesDir()) {
  let names: string[];
  try {
    names = (await fs.readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    log.warn({ dir }, "built-in scaffolder templates not found; the gallery lists only registered templates");
    return null;
  }
  const files = [];
  for (const name of names) {
    const content = await fs.readFile(/*turbopackIgnore: true*/ path.join(dir, name, "template.yaml"), "utf8").catch(() => null);
    if (content !== null) files.push({ path: `${name}/template.yaml`, content });
  }
  let location = await db.location.findUnique({ where: { type_target: BUILTIN_LOCATION }, select: { id: true } });
  if (!location) {
    try {
      location = await db.location.create({ data: { ...BUILTIN_LOCATION, spec: {}, status: "ok" }, select: { id: true } });
    } catch (error) {
      if (toAppError(error)?.code !== "conflict") throw error;
      location = await db.location.findUniqueOrThrow({ where: { type_target: BUILTIN_LOCATION }, select: { id: true } });
    }
  }
  const result = await applyImport(systemActor, files, { kind: "location", locationId: location.id, originOf: (p) => ({ repo: null, path: p, commit: null, url: null }) });
  if (result.errors.length) log.warn({ errors: result.errors }, "built-in scaffolder templates: some were rejected");
  await db.location.update({ where: { id: location.id }, data: { status: result.errors.length ? "error" : "ok", lastSyncedAt: new Date(), lastError: result.errors[0]?.message ?? null } });
  return result.summary;
}
