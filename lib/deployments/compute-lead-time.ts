import "server-only";
// Lead time of a successful production deployment: from the first commit of the change (the
// oldest commit between the previous successful production deployment's sha and this one, read
// through the compare API) to this deployment's finish. Cached on the row; the first deployment
// of an entity counts from its own commit.
import { db as defaultDb, type Db } from "../db/client";
import { githubFor } from "../integrations/github/connect";
import { getEntityRepository } from "../pipelines/entity-repository";
import { PRODUCTION } from "./environments";

export async function computeLeadTime(deploymentId: string, client: Db = defaultDb): Promise<{ leadTimeSec: number | null; reason?: string }> {
  const d = await client.deployment.findUnique({ where: { id: deploymentId } });
  if (!d || d.status !== "succeeded" || !d.sha) return { leadTimeSec: null, reason: "not a successful deployment with a commit" };
  const repo = await getEntityRepository(d.entityRef, client);
  if (!repo.owner || !repo.name || !repo.integrationId) return { leadTimeSec: null, reason: "no GitHub repository known for the entity" };
  const previous = await client.deployment.findFirst({
    where: { entityRef: d.entityRef, environment: PRODUCTION, status: "succeeded", sha: { not: null }, startedAt: { lt: d.startedAt }, id: { not: d.id } },
    orderBy: { startedAt: "desc" },
    select: { sha: true },
  });
  const github = await githubFor(repo.integrationId);
  const ref = { owner: repo.owner, repo: repo.name };
  const base = previous?.sha && previous.sha !== d.sha ? previous.sha : d.sha;
  const comparison = await github.compareCommits(ref, base, d.sha);
  const dates = comparison.commits.map((c) => c.date).filter((x): x is string => !!x).map((x) => new Date(x).getTime());
  // Nothing new since the previous deployment (a redeploy): the change is the commit itself.
  const first = dates.length ? Math.min(...dates) : comparison.baseCommitDate ? new Date(comparison.baseCommitDate).getTime() : null;
  if (first === null) return { leadTimeSec: null, reason: "GitHub returned no commit dates" };
  const end = (d.finishedAt ?? d.startedAt).getTime();
  const leadTimeSec = Math.max(0, Math.round((end - first) / 1000));
  await client.deployment.update({ where: { id: d.id }, data: { firstCommitAt: new Date(first), leadTimeSec } });
  return { leadTimeSec };
}
