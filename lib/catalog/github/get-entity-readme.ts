import "server-only";
// The README of the repository an entity comes from, for its page. Which repository: the one its
// descriptor was read from, else its github.com/project-slug annotation, else a GitHub link in
// backstage.io/source-location. Read at the default branch: the README people see on GitHub.
// Never throws for GitHub's sake: the page shows the reason instead, at once (no retries).
import type { Actor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { githubFor, interactive } from "../../integrations/github/connect";
import { storedConfig } from "../../integrations/stored";
import { normalizeRef } from "../refs";
import { webBaseOf } from "./github-url";

export type EntityReadme = { ok: true; repo: string; path: string; text: string } | { ok: false; reason: string };

export async function getEntityReadme(_actor: Actor, ref: string): Promise<EntityReadme> {
  const normalized = normalizeRef(ref);
  const entity = normalized
    ? await db.entity.findUnique({ where: { ref: normalized }, select: { sourceRepo: true, annotations: true, location: { select: { integrationId: true } } } })
    : null;
  if (!entity) throw AppError.notFound(`entity '${ref}'`);
  const integrations = await db.integration.findMany({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true, config: true } });
  const annotations = (entity.annotations ?? {}) as Record<string, string>;
  const fromLink = repoFromLink(annotations["backstage.io/source-location"], integrations);
  const slug = entity.sourceRepo ?? annotations["github.com/project-slug"] ?? fromLink?.repo;
  if (!slug || !/^[\w.-]+\/[\w.-]+$/.test(slug)) return { ok: false, reason: "no repository known for this entity" };
  if (!integrations.length) return { ok: false, reason: "GitHub is not connected: an admin connects it in Settings → Integrations" };
  const integrationId = entity.location?.integrationId ?? fromLink?.integrationId ?? integrations[0]!.id;
  const [owner, repo] = slug.split("/") as [string, string];
  try {
    const github = await githubFor(integrationId, interactive);
    const file = await github.readFile({ owner, repo, path: "README.md" });
    return { ok: true, repo: slug, path: file.path, text: file.content };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return { ok: false, reason: `${slug} has no README.md (or this GitHub connection cannot see it)` };
    if (error instanceof AppError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** owner/repo from "url:https://github.com/acme/x/tree/main/" on a connected host. */
function repoFromLink(value: string | undefined, integrations: { id: string; config: Parameters<typeof storedConfig>[0]["config"] }[]) {
  if (!value) return null;
  const link = value.replace(/^url:/, "");
  for (const row of integrations) {
    const base = webBaseOf(storedConfig(row).baseUrl);
    if (!link.startsWith(`${base}/`)) continue;
    const [owner, repo] = link.slice(base.length + 1).split("/");
    if (owner && repo) return { repo: `${owner}/${repo.replace(/\.git$/, "")}`, integrationId: row.id };
  }
  return null;
}
