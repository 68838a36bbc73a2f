import "server-only";
// Organisation discovery: every repository of the org that passes the location's filters is
// read at its default branch's head, and all their catalog files are imported as one location,
// so a repository that disappears, stops matching or loses its file orphans its entities. A push
// re-reads just the pushed repository (`only`), leaving the others' entities alone.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import { githubFor } from "../../integrations/github/connect";
import type { Github, Repository } from "../../integrations/github/facade";
import type { CatalogFile } from "../parse/types";
import { discoverySpecSchema, repoMatches, type DiscoverySpec } from "./discovery-spec";
import { fileWebUrl, webBaseOf } from "./github-url";
import { multiRepoReader, readRepoFile, type RepoAt } from "./repo-reader";
import { isGlob, selectPaths } from "./select-paths";
import { guardSync, importAndRecord, withLocationLock, type SyncOutcome } from "./sync-support";
import { storedConfig } from "../../integrations/stored";

const PARALLEL = 8;

export async function syncDiscoveryLocation(locationId: string, only?: { repo: string; commit?: string }): Promise<SyncOutcome> {
  return withLocationLock(locationId, async () => {
    const location = await db.location.findUnique({ where: { id: locationId }, select: { type: true, target: true, spec: true, integrationId: true } });
    if (!location || location.type !== "github-discovery") throw AppError.notFound(`discovery location '${locationId}'`);
    const org = location.target;
    return guardSync(locationId, only ? [`${org}/${only.repo}`] : null, async () => {
      const spec = discoverySpecSchema.parse(location.spec);
      const integrationId = spec.integrationId ?? location.integrationId ?? (await firstGithubIntegration());
      const [github, row] = await Promise.all([githubFor(integrationId), db.integration.findUniqueOrThrow({ where: { id: integrationId }, select: { config: true } })]);
      const webBase = webBaseOf(storedConfig(row).baseUrl);
      const listed = only ? await getRepoOrNull(github, org, only.repo) : await github.listOrgRepos(org);
      const matching = listed.filter((r) => repoMatches(spec, { name: r.name, isPrivate: r.isPrivate, isArchived: r.isArchived, topics: r.topics }));
      const read = await readAll(github, matching, spec, only?.commit);
      const byPrefix = new Map(read.repos.map((r) => [`${r.owner}/${r.repo}`.toLowerCase(), r]));
      const branches = new Map(matching.map((r) => [r.fullName.toLowerCase(), r.defaultBranch]));
      return importAndRecord(
        {
          kind: "location",
          locationId,
          originOf: (file) => {
            const [owner = "", repo = "", ...rest] = file.split("/");
            const at = byPrefix.get(`${owner}/${repo}`.toLowerCase());
            const branch = branches.get(`${owner}/${repo}`.toLowerCase()) ?? at?.commit ?? "HEAD";
            return { repo: `${owner}/${repo}`, path: rest.join("/"), commit: at?.commit ?? null, url: fileWebUrl(webBase, owner, repo, branch, rest.join("/")) };
          },
          ...(only && { onlyRepos: [`${org}/${only.repo}`, ...matching.map((r) => r.fullName)] }),
          keepRepos: read.skipped.map((s) => s.repo),
        },
        read.files,
        multiRepoReader(github, byPrefix),
        read.skipped,
      );
    });
  });
}

async function firstGithubIntegration(): Promise<string> {
  const row = await db.integration.findFirst({ where: { kind: "github" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!row) throw new AppError("unavailable", "GitHub is not connected: connect GitHub in Settings → Integrations first");
  return row.id;
}

/** A deleted (or no longer visible) repository is an empty list: its entities become orphans. */
async function getRepoOrNull(github: Github, owner: string, repo: string): Promise<Repository[]> {
  try {
    return [await github.getRepo({ owner, repo })];
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return [];
    throw error;
  }
}

/** The repository's file paths at the commit; a list GitHub truncated (over 100k files) is refused, not half-read. */
async function listFiles(github: Github, at: RepoAt): Promise<string[]> {
  const { paths, truncated } = await github.listFiles({ owner: at.owner, repo: at.repo, ref: at.commit });
  if (truncated) throw new AppError("validation", "the repository has too many files to match a glob in one listing: configure plain paths for it");
  return paths;
}

type ReadAll = { files: CatalogFile[]; repos: RepoAt[]; skipped: { repo: string; message: string }[] };

/** Each repository's catalog files at one commit; a repository GitHub fails on is skipped, not emptied. */
async function readAll(github: Github, repos: Repository[], spec: DiscoverySpec, commit?: string): Promise<ReadAll> {
  const out: ReadAll = { files: [], repos: [], skipped: [] };
  const queue = [...repos];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      try {
        const at = { owner: r.owner, repo: r.name, commit: commit ?? (await github.resolveCommit({ owner: r.owner, repo: r.name, ref: r.defaultBranch })) };
        out.repos.push(at);
        const files = spec.pathGlob.some(isGlob) ? await listFiles(github, at) : null;
        for (const path of selectPaths(spec.pathGlob, files)) {
          const content = await readRepoFile(github, at, path);
          if (content !== null) out.files.push({ path: `${r.owner}/${r.name}/${path}`, content });
        }
      } catch (error) {
        // An empty repository has no default branch yet: nothing to read, nothing failed.
        if (error instanceof AppError && error.code === "not_found") continue;
        out.skipped.push({ repo: r.fullName, message: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  out.files.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}
