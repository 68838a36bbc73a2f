import "server-only";
import type { GithubOctokit } from "./client";
import { githubError } from "./errors";

export type Ctx = { octokit: GithubOctokit };

/** Run one GitHub call; any failure becomes a plain-words AppError naming what was asked. */
export async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw githubError(error, what);
  }
}

export type RepoRef = { owner: string; repo: string };
export const label = ({ owner, repo }: RepoRef) => `repository ${owner}/${repo}`;
