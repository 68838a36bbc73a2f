import "server-only";
// Readers for $text placeholders and Location targets in a repository's catalog files: always at
// the commit the descriptor was read at, so a definition and its descriptor never come from two
// different pushes. A missing file is null (the parser reports it); any other GitHub failure
// throws, so the parser rejects that document and the sync keeps its entities as they were.
import { AppError } from "../../errors";
import type { Github } from "../../integrations/github/facade";
import { isUrl } from "../parse/paths";
import type { CatalogReader } from "../parse/types";

export type RepoAt = { owner: string; repo: string; commit: string };

export async function readRepoFile(github: Github, at: RepoAt, path: string): Promise<string | null> {
  try {
    return (await github.readFile({ owner: at.owner, repo: at.repo, path, ref: at.commit })).content;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

/** Import paths are the repository's own paths (one file URL). */
export function repoReader(github: Github, at: RepoAt): CatalogReader {
  return (path) => (isUrl(path) ? Promise.resolve(null) : readRepoFile(github, at, path));
}

/**
 * Import paths are "owner/repo/path" (discovery): each read goes to that repository at the
 * commit it was discovered at; a path into a repository outside the set reads as missing.
 */
export function multiRepoReader(github: Github, repos: Map<string, RepoAt>): CatalogReader {
  return async (path) => {
    if (isUrl(path)) return null;
    const [owner = "", repo = "", ...rest] = path.split("/");
    const at = repos.get(`${owner}/${repo}`.toLowerCase());
    return at && rest.length ? readRepoFile(github, at, rest.join("/")) : null;
  };
}
