// A dry run of an import: what would be created, changed (with a field diff) or stay the same,
// and which documents would be rejected and why. Writes nothing.
import "server-only";
import { assertCan, type Actor } from "../../auth/actor";
import type { CatalogFile, DocumentError } from "../parse/types";
import { planImport } from "./plan-import";
import type { ImportEntityResult, ImportOptions, ImportPreview, ImportSource, ImportSummary } from "./types";

export async function previewImport(actor: Actor, files: CatalogFile[], source: ImportSource, options: ImportOptions = {}): Promise<ImportPreview> {
  assertCan(actor, "write");
  const plan = await planImport(actor, files, source, options);
  const entities = plan.planned.map((p) => p.result);
  return { entities, errors: plan.errors, warnings: plan.warnings, summary: summarize(entities, plan.errors) };
}

export function summarize(entities: ImportEntityResult[], errors: DocumentError[]): ImportSummary {
  const count = (s: string) => entities.filter((e) => e.status === s).length;
  // Errors are counted per rejected document, not per issue.
  const documents = new Set(errors.map((e) => `${e.file}#${e.documentIndex}`));
  return { created: count("created"), changed: count("changed"), unchanged: count("unchanged"), errors: documents.size };
}
