import "server-only";
// What every GitHub-fed sync shares: one sync per location at a time in this process (a push
// and the schedule must not interleave their writes), a GitHub failure recorded on the location
// and its entities without touching anything they define, and per-entity sync errors.
import { systemActor } from "../../auth/actor";
import { db } from "../../db/client";
import { AppError, toAppError } from "../../errors";
import { log } from "../../log";
import { applyImport } from "../import/apply-import";
import type { ImportResult, ImportSource } from "../import/types";
import type { CatalogFile, CatalogReader, DocumentError } from "../parse/types";

export type SyncOutcome = { ok: true; result: ImportResult; skippedRepos: { repo: string; message: string }[] } | { ok: false; error: AppError };

const running = new Map<string, Promise<unknown>>();

/** Run after any sync of the same location already running here has finished. */
export async function withLocationLock<T>(locationId: string, fn: () => Promise<T>): Promise<T> {
  const before = running.get(locationId) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(fn);
  running.set(locationId, next);
  try {
    return await next;
  } finally {
    if (running.get(locationId) === next) running.delete(locationId);
  }
}

/** A sync that fails before importing marks the location and its entities; their content stays. */
export async function guardSync(locationId: string, repos: string[] | null, fn: () => Promise<SyncOutcome>): Promise<SyncOutcome> {
  try {
    return await fn();
  } catch (raw) {
    const error = toAppError(raw) ?? new AppError("internal", raw instanceof Error ? raw.message : String(raw));
    if (error.code === "internal") log.error({ err: raw, locationId }, "catalog sync failed unexpectedly");
    await recordSyncFailure(locationId, repos, error.message);
    return { ok: false, error };
  }
}

export async function recordSyncFailure(locationId: string, repos: string[] | null, message: string) {
  const syncErrors = [{ message, at: new Date().toISOString() }];
  await db.$transaction([
    db.location.updateMany({ where: { id: locationId }, data: { status: "failed", lastError: message } }),
    db.entity.updateMany({ where: { locationId, orphanedAt: null, ...(repos && { sourceRepo: { in: repos } }) }, data: { syncErrors } }),
  ]);
}

/** Files read besides the catalog files, kept for the push handler; a one-repository re-read replaces only that repository's. */
async function recordReadPaths(locationId: string, paths: string[], onlyRepos: string[] | undefined) {
  const row = await db.location.findUnique({ where: { id: locationId }, select: { readPaths: true } });
  const inRepos = (p: string) => onlyRepos?.some((r) => p.toLowerCase().startsWith(`${r.toLowerCase()}/`));
  const kept = onlyRepos ? ((row?.readPaths as string[] | null) ?? []).filter((p) => !inRepos(p)) : [];
  await db.location.updateMany({ where: { id: locationId }, data: { readPaths: [...new Set([...kept, ...paths])].sort() } });
}

/**
 * Import as the system, then write each entity's errors of this sync: [] when clean, the
 * rejected documents and warnings of its file otherwise, and a plain failure for a repository
 * that could not be read (its entities were kept).
 */
export async function importAndRecord(
  source: Extract<ImportSource, { kind: "location" }>,
  files: CatalogFile[],
  reader: CatalogReader,
  skippedRepos: { repo: string; message: string }[],
): Promise<SyncOutcome> {
  const read = new Set<string>();
  const recording: CatalogReader = (path) => {
    read.add(source.repo ? `${source.repo}/${path}` : path);
    return reader(path);
  };
  const result = await applyImport(systemActor, files, source, { reader: recording });
  const locationId = source.locationId;
  await recordReadPaths(locationId, [...read], source.onlyRepos);
  const scope = source.onlyRepos ? { sourceRepo: { in: source.onlyRepos } } : {};
  await db.entity.updateMany({ where: { locationId, orphanedAt: null, ...scope }, data: { syncErrors: [] } });
  const byFile = new Map<string, DocumentError[]>();
  for (const problem of [...result.errors, ...result.warnings]) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, problems] of byFile) {
    const origin = source.originOf?.(file) ?? { repo: source.repo ?? null, path: file };
    const syncErrors = problems.map((p) => ({ message: p.fieldPath ? `${p.fieldPath}: ${p.message}` : p.message, line: p.line }));
    await db.entity.updateMany({ where: { locationId, sourceRepo: origin.repo, sourcePath: origin.path }, data: { syncErrors } });
  }
  const at = new Date().toISOString();
  for (const s of skippedRepos) {
    await db.entity.updateMany({ where: { locationId, sourceRepo: s.repo, orphanedAt: null }, data: { syncErrors: [{ message: s.message, at }] } });
  }
  if (skippedRepos.length) {
    const lastError = `${skippedRepos.length} repositor${skippedRepos.length === 1 ? "y" : "ies"} could not be read, e.g. ${skippedRepos[0]!.repo}: ${skippedRepos[0]!.message}`;
    await db.location.updateMany({ where: { id: locationId }, data: { status: "error", lastError } });
  }
  return { ok: true, result, skippedRepos };
}
