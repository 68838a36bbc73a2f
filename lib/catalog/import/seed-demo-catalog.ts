// The demo catalog (lib/catalog/demo/*.yaml): ~30 entities owned by the demo teams, with real
// OpenAPI, AsyncAPI and GraphQL definitions through $text, imported on first start like any
// upload and marked isDemo so "remove demo data" takes them away.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { systemActor } from "../../auth/actor";
import { log } from "../../log";
import type { CatalogFile } from "../parse/types";
import { applyImport } from "./apply-import";

// Resolved from the working directory: `flightdeck start` runs from the repository root, and
// Next.js bundles would not keep a module-relative path.
const DEMO_DIR = path.join(process.cwd(), "lib/catalog/demo");

export async function readDemoCatalog(dir = DEMO_DIR): Promise<{ files: CatalogFile[]; reader: (p: string) => Promise<string | null> }> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".yaml")).sort();
  const files = await Promise.all(names.map(async (name) => ({ path: name, content: await fs.readFile(path.join(dir, name), "utf8") })));
  const reader = async (rel: string) => (rel.startsWith("..") ? null : fs.readFile(path.join(dir, rel), "utf8").catch(() => null));
  return { files, reader };
}

export async function seedDemoCatalog() {
  let demo;
  try {
    demo = await readDemoCatalog();
  } catch (error) {
    log.warn({ err: error }, "demo catalog files not found; the demo workspace starts with an empty catalog");
    return null;
  }
  const result = await applyImport(systemActor, demo.files, { kind: "upload" }, { reader: demo.reader, isDemo: true });
  if (result.errors.length) log.warn({ errors: result.errors }, "demo catalog: some documents were rejected");
  return result.summary;
}
