import "server-only";
// The repository → entity map (PipelineRepository rows) from every entity's
// github.com/project-slug annotation: refreshed by the resync schedule, and on demand when a
// webhook names a repository the map does not know yet.
import { db as defaultDb, type Db } from "../db/client";
import { deployWorkflowOf, integrationForOwner, slugOf } from "./entity-repository";

const PAGE = 1000;

export async function refreshRepositoryMap(client: Db = defaultDb): Promise<{ repositories: string[] }> {
  const known = new Map((await client.pipelineRepository.findMany({ select: { repo: true, entityRef: true, deployWorkflow: true } })).map((r) => [r.repo, r]));
  const seen: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await client.entity.findMany({
      select: { id: true, ref: true, annotations: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor && { cursor: { id: cursor }, skip: 1 }),
    });
    for (const e of page) {
      const slug = slugOf(e.annotations);
      if (!slug) continue;
      const repo = slug.toLowerCase();
      seen.push(repo);
      const deployWorkflow = deployWorkflowOf(e.annotations);
      const row = known.get(repo);
      if (row && row.entityRef === e.ref && row.deployWorkflow === deployWorkflow) continue;
      const integrationId = row ? undefined : await integrationForOwner(slug.split("/")[0]!, client);
      await client.pipelineRepository.upsert({
        where: { repo },
        create: { repo, entityRef: e.ref, deployWorkflow, integrationId: integrationId ?? null },
        update: { entityRef: e.ref, deployWorkflow },
      });
      known.set(repo, { repo, entityRef: e.ref, deployWorkflow });
    }
    if (page.length < PAGE) break;
    cursor = page.at(-1)!.id;
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
