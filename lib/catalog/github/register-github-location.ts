import "server-only";
// Register a GitHub-fed location. A file URL is read once first, so a typo, a host with no
// connection or a missing file is a 422 naming it and nothing is stored; then the location is
// created and imported from that same read. A discovery checks the organisation can be listed,
// is created, and syncs as a job (an organisation may have hundreds of repositories).
import { assertCan, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { githubFor } from "../../integrations/github/connect";
import { enqueueJob } from "../../jobs/enqueue-job";
import { locationSelect } from "../locations/create-location";
import { discoverySpecSchema, type DiscoverySpec } from "./discovery-spec";
import { resolveGithubFileUrl } from "./github-url";
import { importUrlFile, readUrlFile } from "./sync-url-location";

export type GithubLocationInput = { type: "url" | "github-discovery"; target: string; spec?: DiscoverySpec };

const ORG = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

export async function registerGithubLocation(actor: Actor, input: GithubLocationInput) {
  assertCan(actor, "catalog.locations");
  const target = input.target.trim();
  if (input.type === "url") {
    const url = await resolveGithubFileUrl(target);
    const github = await githubFor(url.integrationId);
    const file = await readUrlFile(github, url);
    const location = await createRow(actor, { type: "url", target, spec: {}, integrationId: url.integrationId });
    await importUrlFile(location.id, github, file);
    return withCount(location.id);
  }

  if (!ORG.test(target)) throw invalid("target", `'${target}' is not a GitHub organisation name`);
  const spec = input.spec ?? discoverySpecSchema.parse({});
  const integrationId = spec.integrationId ?? (await db.integration.findFirst({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id;
  if (!integrationId) throw invalid("type", "GitHub is not connected: connect GitHub in Settings → Integrations first");
  const github = await githubFor(integrationId).catch(() => {
    throw invalid("spec.integrationId", "that GitHub connection does not exist");
  });
  await github.listOrgRepos(target, 1).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") throw invalid("target", `GitHub found no organisation '${target}' (or this connection cannot see it)`);
    throw error;
  });
  const location = await createRow(actor, { type: "github-discovery", target, spec: { ...spec, integrationId }, integrationId });
  await enqueueJob(db, "catalog.sync-location", { locationId: location.id });
  return withCount(location.id);
}

const invalid = (path: string, message: string) => new AppError("validation", message, [{ path, message }]);

async function createRow(actor: Actor, data: { type: string; target: string; spec: object; integrationId: string }) {
  return db.$transaction(async (tx) => {
    if (await tx.location.findUnique({ where: { type_target: { type: data.type, target: data.target } }, select: { id: true } })) {
      throw new AppError("conflict", `a ${data.type} location '${data.target}' already exists`, [{ path: "target", message: "already registered" }]);
    }
    const location = await tx.location.create({ data: { ...data, createdById: actor.userId }, select: { id: true } });
    await recordAudit(tx, actor, { action: "location.create", targetType: "location", targetId: location.id, targetLabel: `${data.type}:${data.target}`, after: data });
    return location;
  });
}

async function withCount(id: string) {
  const { _count, ...row } = await db.location.findUniqueOrThrow({ where: { id }, select: { ...locationSelect, _count: { select: { entities: true } } } });
  return { ...row, entityCount: _count.entities };
}
