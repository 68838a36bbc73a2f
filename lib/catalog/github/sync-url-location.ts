import "server-only";
// A registered repository file URL: resolve its ref to a commit, read the file and whatever it
// names ($text, Location targets) at that commit through the GitHub facade, and import it as
// the location. Registration reads it once the same way before anything is stored.
import { db } from "../../db/client";
import { AppError } from "../../errors";
import type { Github } from "../../integrations/github/facade";
import { githubFor } from "../../integrations/github/connect";
import { fileWebUrl, resolveGithubFileUrl, type GithubFileUrl } from "./github-url";
import { readRepoFile, repoReader } from "./repo-reader";
import { guardSync, importAndRecord, withLocationLock, type SyncOutcome } from "./sync-support";

export type UrlFile = { url: GithubFileUrl; commit: string; content: string };

/** Read a file URL's file at the commit its ref names now; a plain-words AppError when it cannot. */
export async function readUrlFile(github: Github, url: GithubFileUrl): Promise<UrlFile> {
  const commit = await github.resolveCommit({ owner: url.owner, repo: url.repo, ref: url.ref });
  const content = await readRepoFile(github, { owner: url.owner, repo: url.repo, commit }, url.path);
  if (content === null) {
    throw new AppError("validation", `file not found: ${url.path} does not exist in ${url.owner}/${url.repo} at ${url.ref}`, [{ path: "target", message: "file not found" }]);
  }
  return { url, commit, content };
}

export async function syncUrlLocation(locationId: string): Promise<SyncOutcome> {
  return withLocationLock(locationId, async () => {
    const location = await db.location.findUnique({ where: { id: locationId }, select: { id: true, type: true, target: true, integrationId: true } });
    if (!location || location.type !== "url") throw AppError.notFound(`url location '${locationId}'`);
    return guardSync(locationId, null, async () => {
      const url = await resolveGithubFileUrl(location.target, location.integrationId);
      const github = await githubFor(url.integrationId);
      return importUrlFile(locationId, github, await readUrlFile(github, url));
    });
  });
}

/** Import an already read file as the location (registration reuses its validating read). */
export function importUrlFile(locationId: string, github: Github, file: UrlFile): Promise<SyncOutcome> {
  const { url, commit, content } = file;
  const repo = `${url.owner}/${url.repo}`;
  return importAndRecord(
    {
      kind: "location",
      locationId,
      repo,
      commit,
      originOf: (path) => ({ repo, path, commit, url: fileWebUrl(url.webBase, url.owner, url.repo, url.ref, path) }),
    },
    [{ path: url.path, content }],
    repoReader(github, { owner: url.owner, repo: url.repo, commit }),
    [],
  );
}
