import "server-only";
// GitHub push → catalog. Runs inside the github.webhook job (imported by lib/webhooks/handlers.ts).
// Only pushes that touch a file a location reads cause a re-read: a discovery's configured paths,
// an entity's recorded source path or a file the last sync read for a substitution ($text) or a
// Location target, on the default branch; or a file URL's own files on its branch. GitHub lists at most 20 commits per push, so a longer push re-reads to be safe.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { onGithubEvent } from "../../webhooks/registry";
import { pathMatcher } from "./select-paths";
import { locationsReading, syncRepository } from "./sync-repository";

const MAX_LISTED_COMMITS = 20;

onGithubEvent("push", async (event, { log }) => {
  const p = event.payload;
  if (!p.ref.startsWith("refs/heads/") || p.deleted) return;
  const branch = p.ref.slice("refs/heads/".length);
  const owner = p.repository.owner?.login ?? p.repository.full_name.split("/")[0]!;
  const repo = p.repository.name;
  const readers = await locationsReading(owner, repo);
  const ids = [...readers.urlLocations.map((l) => l.id), ...readers.discoveryLocations.map((d) => d.id)];
  if (!ids.length) return;

  const touched = new Set(p.commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]));
  const everything = p.commits.length >= MAX_LISTED_COMMITS || p.forced;
  // Paths entities of these locations came from (Location targets, extra files), per location.
  const full = `${owner}/${repo}`.toLowerCase();
  const [sources, reads] = await Promise.all([
    db.entity.findMany({ where: { locationId: { in: ids } }, select: { locationId: true, sourcePath: true, sourceRepo: true }, distinct: ["locationId", "sourceRepo", "sourcePath"] }),
    db.location.findMany({ where: { id: { in: ids } }, select: { id: true, readPaths: true } }),
  ]);
  const readBy = (id: string) =>
    ((reads.find((r) => r.id === id)?.readPaths as string[] | null) ?? []).filter((p) => p.toLowerCase().startsWith(`${full}/`)).map((p) => p.slice(full.length + 1));
  const knownPaths = (id: string) => [...sources.filter((s) => s.locationId === id && s.sourceRepo?.toLowerCase() === full && s.sourcePath).map((s) => s.sourcePath!), ...readBy(id)];
  const hits = (id: string, paths: string[]) => {
    if (everything || knownPaths(id).some((path) => touched.has(path))) return true;
    const matches = pathMatcher(paths); // plain paths and globs alike
    return [...touched].some(matches);
  };

  const isDefault = branch === (p.repository.default_branch ?? p.repository.master_branch);
  const chosen = {
    urlLocations: readers.urlLocations.filter((l) => l.ref === branch && hits(l.id, [l.path])),
    discoveryLocations: isDefault ? readers.discoveryLocations.filter((d) => hits(d.id, d.paths)) : [],
  };
  if (!chosen.urlLocations.length && !chosen.discoveryLocations.length) return;
  const started = performance.now();
  const outcomes = await syncRepository(owner, repo, p.after, chosen);
  log.info({ repo: full, locations: outcomes.length, ms: Math.round(performance.now() - started) }, "catalog re-read after a push");
  // A GitHub hiccup is worth a retry of the delivery; anything else the next schedule revisits.
  const transient = outcomes.find((o) => !o.ok && (o.error.code === "unavailable" || o.error.code === "rate_limited"));
  if (transient && !transient.ok) throw new AppError(transient.error.code, transient.error.message);
});
