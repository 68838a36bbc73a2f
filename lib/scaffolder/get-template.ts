import "server-only";
// A Template entity of the catalog, ready to run: its v1beta3 spec, and where its files are.
import path from "node:path";
import { webBaseOf } from "../catalog/github/github-url";
import { normalizeRef } from "../catalog/refs";
import { db } from "../db/client";
import { AppError } from "../errors";
import { storedConfig } from "../integrations/stored";
import { templateSummary } from "./list-templates";
import type { TemplateSummary } from "./schemas";
import { builtinTemplatesDir } from "./sync-builtin-templates";
import { folderSource, lazyGithubSource, noSource, type TemplateSource } from "./template-source";
import { templateSpecSchema, type TemplateSpec } from "./template-spec";

export type LoadedTemplate = TemplateSummary & { spec: TemplateSpec; source: TemplateSource };

export async function getTemplate(refInput: string): Promise<LoadedTemplate> {
  const ref = normalizeRef(refInput, { kind: "template" });
  if (!ref || !ref.startsWith("template:")) throw new AppError("validation", `'${refInput}' is not a template ref (template:[namespace/]name)`, [{ path: "templateRef", message: "not a template ref" }]);
  const row = await db.entity.findUnique({
    where: { ref },
    select: { ref: true, name: true, namespace: true, title: true, description: true, type: true, ownerRef: true, tags: true, spec: true, sourceRepo: true, sourcePath: true, sourceCommit: true, orphanedAt: true, location: { select: { type: true, target: true, integrationId: true } } },
  });
  if (!row || row.orphanedAt) throw AppError.notFound(`template '${refInput}'`);
  const parsed = templateSpecSchema.safeParse(row.spec);
  if (!parsed.success) throw new AppError("validation", `template ${ref} is not a valid v1beta3 template: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  const dir = row.sourcePath ? path.posix.dirname(row.sourcePath) : ".";
  let source: TemplateSource = noSource;
  const summary = templateSummary(row);
  if (summary.isBuiltin) source = folderSource(path.join(builtinTemplatesDir(), dir));
  else if (row.location?.integrationId && row.sourceRepo && row.sourceCommit) {
    const [owner, repo] = row.sourceRepo.split("/") as [string, string];
    const integration = await db.integration.findUnique({ where: { id: row.location.integrationId }, select: { config: true } });
    const webBase = integration ? webBaseOf(storedConfig(integration).baseUrl) : "";
    // sourcePath is the file's path inside its repository (for discovery locations too).
    source = lazyGithubSource(row.location.integrationId, { owner, repo, commit: row.sourceCommit, dir: dir === "." ? "" : dir }, webBase);
  }
  return { ...summary, spec: parsed.data, source };
}
