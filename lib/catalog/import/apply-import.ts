// Write an import: short transactions of BATCH entities each (on SQLite a transaction holds
// the process's only connection, so the portal keeps answering between batches), createMany
// for new rows, tags and relations, and one audit event per batch. A rejected document writes
// nothing; everything else applies.
import "server-only";
import { randomUUID } from "node:crypto";
import { assertCan, type Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { db, type Tx } from "../../db/client";
import { refreshPlannerStats } from "../../db/dialect";
import type { Prisma } from "../../db/generated/sqlite/client";
import { insertRows } from "../bulk-insert";
import { insertRelations, deriveRelations, resolvePendingRelations } from "../relations";
import type { CatalogFile } from "../parse/types";
import { planImport, type PlannedEntity } from "./plan-import";
import { summarize } from "./preview-import";
import { syncGroupsToTeams, syncUsersToPeople } from "./sync-teams";
import type { FileOrigin, ImportOptions, ImportResult, ImportSource } from "./types";

const BATCH = 500;
/** Entities written in one import from which the planner's statistics are refreshed. */
const STATS_AFTER = 1000;

export async function applyImport(actor: Actor, files: CatalogFile[], source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  assertCan(actor, "write");
  const started = Date.now();
  const syncedAt = new Date(started);
  const plan = await planImport(actor, files, source, options);
  const writes = plan.planned.filter((p) => p.result.status !== "unchanged");
  // Teams first, then people, so memberships find their teams in the same run.
  const order = (p: PlannedEntity) => (p.entity.kind === "Group" ? 0 : p.entity.kind === "User" ? 1 : 2);
  writes.sort((a, b) => order(a) - order(b));
  for (let i = 0; i < writes.length; i += BATCH) {
    const batch = writes.slice(i, i + BATCH);
    await db.$transaction((tx) => writeBatch(tx, actor, batch, source, options, syncedAt), { timeout: 60_000 });
  }

  const locationId = source.locationId;
  let orphaned = 0;
  if (locationId) {
    // Unchanged entities were seen too: refresh their sync time and source (a new commit), clear
    // an old orphan mark. Grouped by origin, so a 10k-entity file is still a handful of updates.
    const groups = new Map<string, { origin: FileOrigin; ids: string[] }>();
    for (const p of plan.planned.filter((x) => x.result.status === "unchanged")) {
      const origin = originOf(source, p.entity.source.file);
      const key = JSON.stringify(origin);
      const group = groups.get(key) ?? groups.set(key, { origin, ids: [] }).get(key)!;
      group.ids.push(p.existing!.id);
    }
    for (const { origin, ids } of groups.values()) {
      const sourceFields = { sourcePath: origin.path, sourceRepo: origin.repo, sourceCommit: origin.commit, ...(origin.url && { sourceUrl: origin.url }) };
      for (let i = 0; i < ids.length; i += BATCH) {
        await db.entity.updateMany({ where: { id: { in: ids.slice(i, i + BATCH) } }, data: { syncedAt, orphanedAt: null, managedBy: "location", locationId, ...sourceFields } });
      }
    }
    orphaned = await markOrphans(actor, source, syncedAt, plan.failedFiles);
    await db.$transaction(async (tx) => {
      for (const c of plan.conflicts) await tx.entity.updateMany({ where: { ref: c.ref }, data: { conflictLocationId: locationId } });
      const lastError = plan.conflicts.length
        ? `${plan.conflicts.length} entities are already defined by another location, e.g. ${plan.conflicts[0]!.ref}`
        : plan.errors.length
          ? `${plan.errors.length} documents were rejected, e.g. ${plan.errors[0]!.file}: ${plan.errors[0]!.message}`
          : null;
      await tx.location.updateMany({ where: { id: locationId }, data: { status: lastError ? "error" : "ok", lastError, lastSyncedAt: syncedAt } });
    });
  }
  // A large change moves the statistics the planner chooses indexes by.
  if (writes.length >= STATS_AFTER) await refreshPlannerStats(db);
  const entities = plan.planned.map((p) => p.result);
  return { entities, errors: plan.errors, warnings: plan.warnings, summary: summarize(entities, plan.errors), orphaned, durationMs: Date.now() - started };
}

async function writeBatch(tx: Tx, actor: Actor, batch: PlannedEntity[], source: ImportSource, options: ImportOptions, syncedAt: Date) {
  const fromLocation = !!source.locationId;
  const origin = (p: PlannedEntity) => {
    const file = originOf(source, p.entity.source.file);
    return {
      managedBy: fromLocation ? "location" : "portal",
      locationId: source.locationId ?? null,
      sourcePath: fromLocation ? file.path : null,
      sourceRepo: file.repo,
      sourceCommit: file.commit,
      // A repository file's own link (its "edit in GitHub" twin) beats the annotation.
      sourceUrl: file.url ?? p.entity.metadata.annotations["backstage.io/source-location"] ?? null,
      syncedAt: fromLocation ? syncedAt : null,
      orphanedAt: null,
    };
  };
  const created = batch.filter((p) => !p.existing);
  const changed = batch.filter((p) => p.existing);
  const ids = new Map<string, string>();
  for (const p of created) ids.set(p.entity.ref, randomUUID());
  for (const p of changed) ids.set(p.entity.ref, p.existing!.id);

  const now = new Date();
  await insertRows(tx, "Entity", created.map((p) => ({ id: ids.get(p.entity.ref)!, ...p.row, ...origin(p), isDemo: options.isDemo ?? false, createdAt: now, updatedAt: now })));
  for (const p of changed) await tx.entity.update({ where: { id: p.existing!.id }, data: { ...p.row, spec: p.row.spec as Prisma.InputJsonObject, ...origin(p) } });
  if (changed.length) {
    const changedIds = changed.map((p) => p.existing!.id);
    await tx.entityTag.deleteMany({ where: { entityId: { in: changedIds } } });
    await tx.entityRelation.deleteMany({ where: { sourceId: { in: changedIds } } });
  }
  const tags = batch.flatMap((p) => [...new Set(p.row.tags)].map((tag) => ({ entityId: ids.get(p.entity.ref)!, tag, kind: p.entity.kind })));
  await insertRows(tx, "EntityTag", tags);
  await insertRelations(tx, batch.flatMap((p) => deriveRelations(p.entity.kind, p.entity.spec, p.entity.metadata.namespace).map((r) => ({ sourceId: ids.get(p.entity.ref)!, ...r }))));
  if (created.length) await resolvePendingRelations(tx, created.map((p) => p.entity.ref));

  await syncGroupsToTeams(tx, batch.filter((p) => p.entity.kind === "Group").map((p) => p.entity), options.isDemo ?? false);
  await syncUsersToPeople(tx, batch.filter((p) => p.entity.kind === "User").map((p) => p.entity), options.isDemo ?? false);

  // One event per batch, naming every entity: a 10k import is 20 audit rows, not 10,000.
  await recordAudit(tx, actor, {
    action: "catalog.import",
    targetType: source.locationId ? "location" : "catalog",
    targetId: source.locationId ?? "upload",
    targetLabel: `${created.length} created, ${changed.length} changed`,
    after: { created: created.map((p) => p.entity.ref), changed: changed.map((p) => ({ ref: p.entity.ref, fields: p.result.changes.map((c) => c.field) })) },
  });
}

function originOf(source: ImportSource, file: string): FileOrigin {
  if (source.kind !== "location") return { repo: null, path: file, commit: null, url: null };
  return source.originOf?.(file) ?? { repo: source.repo ?? null, path: file, commit: source.commit ?? null, url: null };
}

/**
 * Entities of the location not seen in this run, except those in a file that failed to parse, in
 * a repository that could not be read, or (for a one-repository run) in another repository.
 */
async function markOrphans(actor: Actor, source: ImportSource, syncedAt: Date, failedFiles: Set<string>) {
  const locationId = source.locationId!;
  const stale = await db.entity.findMany({
    where: { locationId, orphanedAt: null, OR: [{ syncedAt: null }, { syncedAt: { lt: syncedAt } }] },
    select: { id: true, ref: true, sourcePath: true, sourceRepo: true },
  });
  const at = (repo: string | null, path: string) => `${repo ?? ""}\0${path}`;
  const failed = new Set([...failedFiles].map((f) => originOf(source, f)).map((o) => at(o.repo, o.path)));
  const only = source.kind === "location" && source.onlyRepos ? new Set(source.onlyRepos.map((r) => r.toLowerCase())) : null;
  const keep = new Set(source.kind === "location" ? (source.keepRepos ?? []).map((r) => r.toLowerCase()) : []);
  const orphans = stale.filter((e) => {
    const repo = e.sourceRepo?.toLowerCase() ?? "";
    if ((only && !only.has(repo)) || keep.has(repo)) return false;
    return !e.sourcePath || !failed.has(at(e.sourceRepo, e.sourcePath));
  });
  if (!orphans.length) return 0;
  await db.$transaction(async (tx) => {
    for (let i = 0; i < orphans.length; i += BATCH) {
      await tx.entity.updateMany({ where: { id: { in: orphans.slice(i, i + BATCH).map((o) => o.id) } }, data: { orphanedAt: syncedAt } });
    }
    await recordAudit(tx, actor, { action: "catalog.orphan", targetType: "location", targetId: locationId, after: { orphaned: orphans.map((o) => o.ref) } });
  });
  return orphans.length;
}
