import "server-only";
// Which GitHub repository an entity's pipelines live in (its github.com/project-slug
// annotation), which connection reads it, and its deploy workflow for rollbacks.
import { db, type Db } from "../db/client";
import { AppError } from "../errors";
import { normalizeRef } from "../catalog/refs";
import { storedConfig } from "../integrations/stored";

export const PROJECT_SLUG = "github.com/project-slug";
export const DEPLOY_WORKFLOW = "flightdeck.dev/deploy-workflow";
const SLUG = /^[\w.-]+\/[\w.-]+$/;

export type EntityRepository = {
  entityRef: string;
  ownerRef: string | null;
  /** "owner/name" as written; `key` is its lowercased form, the rows' key. */
  slug: string | null;
  key: string | null;
  owner: string | null;
  name: string | null;
  integrationId: string | null;
  deployWorkflow: string | null;
  defaultBranch: string;
  lastError: string | null;
};

export function slugOf(annotations: unknown): string | null {
  const value = (annotations as Record<string, unknown> | null)?.[PROJECT_SLUG];
  return typeof value === "string" && SLUG.test(value.trim()) ? value.trim() : null;
}

export function deployWorkflowOf(annotations: unknown): string | null {
  const value = (annotations as Record<string, unknown> | null)?.[DEPLOY_WORKFLOW];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** The connection for an owner: one configured for that organisation, else the first one. */
export async function integrationForOwner(owner: string, client: Db = db): Promise<string | null> {
  const rows = await client.integration.findMany({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true, config: true } });
  const match = rows.find((r) => storedConfig(r).org?.toLowerCase() === owner.toLowerCase());
  return (match ?? rows[0])?.id ?? null;
}

/** The entity's repository facts; not found when the entity does not exist. */
export async function getEntityRepository(ref: string, client: Db = db): Promise<EntityRepository> {
  const normalized = normalizeRef(ref);
  const entity = normalized
    ? await client.entity.findUnique({ where: { ref: normalized }, select: { ref: true, ownerRef: true, annotations: true } })
    : null;
  if (!entity) throw AppError.notFound(`entity '${ref}'`);
  const slug = slugOf(entity.annotations);
  const base = { entityRef: entity.ref, ownerRef: entity.ownerRef, deployWorkflow: deployWorkflowOf(entity.annotations) };
  if (!slug) return { ...base, slug: null, key: null, owner: null, name: null, integrationId: null, defaultBranch: "main", lastError: null };
  const key = slug.toLowerCase();
  const [owner, name] = slug.split("/") as [string, string];
  const known = await client.pipelineRepository.findUnique({ where: { repo: key } });
  const integrationId = known?.integrationId ?? (await integrationForOwner(owner, client));
  // Remember the mapping so webhooks for the repository find the entity (deployments).
  if (!known || known.entityRef !== entity.ref || known.deployWorkflow !== base.deployWorkflow) {
    await client.pipelineRepository.upsert({
      where: { repo: key },
      create: { repo: key, entityRef: entity.ref, integrationId, deployWorkflow: base.deployWorkflow },
      update: { entityRef: entity.ref, deployWorkflow: base.deployWorkflow },
    });
  }
  return { ...base, slug, key, owner, name, integrationId, defaultBranch: known?.defaultBranch ?? "main", lastError: known?.lastError ?? null };
}
