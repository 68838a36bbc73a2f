import "server-only";
// Register a catalog file of a local repository: a `local-git` Location (target owner/name/path)
// and its entities, with their source (repository, path, commit, a link to the file). If the
// file defines nothing that can be registered, the location is removed again: nothing is left
// half-registered, and the error says why.
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { applyImport } from "../../catalog/import/apply-import";
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { localBlobUrl } from "../portal-repo-url";
import { readLocalRepoFile, resolveLocalBranch } from "./repos";

export const LOCAL_LOCATION_TYPE = "local-git";

export async function registerLocalRepo(actor: Actor, repo: { owner: string; name: string; branch: string; path: string; portalUrl: string }) {
  const filePath = repo.path.replace(/^\/+/, "");
  const commit = await resolveLocalBranch(repo.owner, repo.name, repo.branch);
  if (!commit) throw new AppError("not_found", `branch ${repo.branch} of ${repo.owner}/${repo.name} not found on the portal's git server`);
  const content = await readLocalRepoFile(repo.owner, repo.name, commit, filePath);
  if (content === null) throw new AppError("validation", `${filePath} not found in ${repo.owner}/${repo.name} at ${repo.branch}`);
  const target = `${repo.owner}/${repo.name}/${filePath}`;
  const fullName = `${repo.owner}/${repo.name}`;

  const location = await db.$transaction(async (tx) => {
    if (await tx.location.findUnique({ where: { type_target: { type: LOCAL_LOCATION_TYPE, target } }, select: { id: true } })) {
      throw new AppError("conflict", `${target} is already registered`);
    }
    const row = await tx.location.create({ data: { type: LOCAL_LOCATION_TYPE, target, spec: { branch: repo.branch }, status: "ok", lastSyncedAt: new Date(), createdById: actor.userId }, select: { id: true } });
    await recordAudit(tx, actor, { action: "location.create", targetType: "location", targetId: row.id, targetLabel: `${LOCAL_LOCATION_TYPE}:${target}`, after: { type: LOCAL_LOCATION_TYPE, target } });
    return row;
  });

  const dir = filePath.includes("/") ? filePath.slice(0, filePath.lastIndexOf("/")) : "";
  const result = await applyImport(
    actor,
    [{ path: filePath, content }],
    {
      kind: "location",
      locationId: location.id,
      repo: fullName,
      commit,
      originOf: (p) => ({ repo: fullName, path: p, commit, url: localBlobUrl(repo.portalUrl, repo.owner, repo.name, repo.branch, p) }),
    },
    { reader: (p) => readLocalRepoFile(repo.owner, repo.name, commit, dir ? `${dir}/${p}` : p) },
  );
  const registered = result.entities.filter((e) => e.kind !== "Location");
  if (!registered.length) {
    await db.location.delete({ where: { id: location.id } });
    const reason = result.errors[0] ? `${result.errors[0].fieldPath ? `${result.errors[0].fieldPath}: ` : ""}${result.errors[0].message}` : "it defines no entity";
    throw new AppError("validation", `${filePath} of ${fullName} could not be registered: ${reason}`);
  }
  return { locationId: location.id, entityRef: registered[0]!.ref, entities: registered.map((e) => e.ref) };
}
