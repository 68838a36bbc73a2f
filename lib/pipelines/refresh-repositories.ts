import "server-only";
// The repository → entity map (PipelineRepository rows) from every entity's
// github.com/project-slug annotation: refreshed by the resync schedule, and on demand when a
// webhook names a repository the map does not know yet.
import { db as defaultDb, type Db } from "../db/client";
import { readRows } from "../db/read";
import { DEPLOY_WORKFLOW, PROJECT_SLUG, deployWorkflowOf, integrationForOwner, slugOf } from "./entity-repository";

const PAGE = 1000;

export async function refreshRepositoryMap(client: Db = defaultDb): Promise<{ repositories: string[] }> {
  const known = new Map((await client.pipelineRepository.findMany({ select: { repo: true, entityRef: true, deployWorkflow: true } })).map((r) => [r.repo, r]));
  const seen: string[] = [];
  let cursor = "";
  for (;;) {
    // Only entities that carry the annotation, and only the two values: a scan of the catalog
    // that runs in the SQLite read worker, not on the server's thread (at 100k entities, paging
    // through every entity with Prisma held that thread for ~4 s each quarter hour).
    const page = await readRows(
      `SELECT "id", "ref", "annotations" ->> CAST(? AS TEXT) AS "slug", "annotations" ->> CAST(? AS TEXT) AS "deployWorkflow" FROM "Entity" WHERE "id" > ? AND ("annotations" ->> CAST(? AS TEXT)) IS NOT NULL ORDER BY "id" LIMIT ?`,
      [PROJECT_SLUG, DEPLOY_WORKFLOW, cursor, PROJECT_SLUG, PAGE],
      { scans: true },
    );
    for (const e of page) {
      const annotations = { [PROJECT_SLUG]: e.slug, [DEPLOY_WORKFLOW]: e.deployWorkflow };
      const slug = slugOf(annotations);
      if (!slug) continue;
      const repo = slug.toLowerCase();
      seen.push(repo);
      const deployWorkflow = deployWorkflowOf(annotations);
      const ref = e.ref as string;
      const row = known.get(repo);
      if (row && row.entityRef === ref && row.deployWorkflow === deployWorkflow) continue;
      const integrationId = row ? undefined : await integrationForOwner(slug.split("/")[0]!, client);
      await client.pipelineRepository.upsert({
        where: { repo },
        create: { repo, entityRef: ref, deployWorkflow, integrationId: integrationId ?? null },
        update: { entityRef: ref, deployWorkflow },
      });
      known.set(repo, { repo, entityRef: ref, deployWorkflow });
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)!.id as string;
  }
  return { repositories: seen };
}

/** The entity whose annotation names `repo` ("owner/name"), or null. */
export async function findEntityForRepo(repo: string, client: Db = defaultDb): Promise<string | null> {
  const key = repo.toLowerCase();
  const row = await client.pipelineRepository.findUnique({ where: { repo: key }, select: { entityRef: true } });
  if (row?.entityRef) return row.entityRef;
  await refreshRepositoryMap(client);
  return (await client.pipelineRepository.findUnique({ where: { repo: key }, select: { entityRef: true } }))?.entityRef ?? null;
}
