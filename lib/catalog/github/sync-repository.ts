import "server-only";
// The push path: re-read one repository for every location that reads it. A file URL location
// re-reads its file (its ref may be the pushed branch); a discovery location of the repository's
// organisation re-reads that repository only, at the pushed commit.
import { db } from "../../db/client";
import { log } from "../../log";
import { storedConfig } from "../../integrations/stored";
import { parseGithubFileUrl, webBaseOf } from "./github-url";
import { syncDiscoveryLocation } from "./sync-discovery-location";
import type { SyncOutcome } from "./sync-support";
import { syncUrlLocation } from "./sync-url-location";

export type RepositoryReaders = { urlLocations: { id: string; path: string; ref: string }[]; discoveryLocations: { id: string; paths: string[] }[] };

/** The locations that read owner/repo, and which paths each reads there. */
export async function locationsReading(owner: string, repo: string): Promise<RepositoryReaders> {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const [urls, discoveries, integrations] = await Promise.all([
    db.location.findMany({ where: { type: "url" }, select: { id: true, target: true } }),
    db.location.findMany({ where: { type: "github-discovery" }, select: { id: true, target: true, spec: true } }),
    db.integration.findMany({ where: { kind: "github" }, select: { config: true } }),
  ]);
  const bases = integrations.map((i) => webBaseOf(storedConfig(i).baseUrl));
  const urlLocations: RepositoryReaders["urlLocations"] = [];
  for (const l of urls) {
    for (const base of bases) {
      let parsed = null;
      try {
        parsed = parseGithubFileUrl(l.target, base);
      } catch {
        parsed = null; // a folder link or malformed target: never synced, nothing to re-read
      }
      if (parsed && same(parsed.owner, owner) && same(parsed.repo, repo)) {
        urlLocations.push({ id: l.id, path: parsed.path, ref: parsed.ref });
        break;
      }
    }
  }
  const discoveryLocations = discoveries
    .filter((d) => same(d.target, owner))
    .map((d) => {
      const glob = (d.spec as { pathGlob?: string | string[] }).pathGlob ?? "catalog-info.yaml";
      return { id: d.id, paths: (Array.isArray(glob) ? glob : glob.split(",")).map((p) => p.trim()).filter(Boolean) };
    });
  return { urlLocations, discoveryLocations };
}

export async function syncRepository(owner: string, repo: string, commit?: string, readers?: RepositoryReaders): Promise<SyncOutcome[]> {
  const found = readers ?? (await locationsReading(owner, repo));
  const outcomes: SyncOutcome[] = [];
  for (const l of found.urlLocations) outcomes.push(await syncUrlLocation(l.id));
  for (const d of found.discoveryLocations) outcomes.push(await syncDiscoveryLocation(d.id, { repo, ...(commit && { commit }) }));
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) log.warn({ owner, repo, errors: failed.map((f) => !f.ok && f.error.message) }, "re-reading a pushed repository failed for some locations");
  return outcomes;
}
