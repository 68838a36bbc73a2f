import "server-only";
// Tags, releases, comparisons and pull requests: what release trains and changelogs read.
import { call, label, type Ctx, type RepoRef } from "./call";

export function createTag({ octokit }: Ctx, ref: RepoRef, tag: string, sha: string, message?: string) {
  return call(`tag ${tag} in ${label(ref)}`, async () => {
    // An annotated tag when there is a message, so `git describe` and release notes see it.
    const target = message
      ? (await octokit.rest.git.createTag({ ...ref, tag, message, object: sha, type: "commit" })).data.sha
      : sha;
    await octokit.rest.git.createRef({ ...ref, ref: `refs/tags/${tag}`, sha: target });
    return { tag, sha: target };
  });
}

export type Release = { id: number; tagName: string; name: string | null; htmlUrl: string; draft: boolean; prerelease: boolean };

export function createRelease(
  { octokit }: Ctx,
  ref: RepoRef,
  input: { tagName: string; name?: string; body?: string; targetCommitish?: string; draft?: boolean; prerelease?: boolean },
): Promise<Release> {
  return call(`release ${input.tagName} in ${label(ref)}`, async () => {
    const { data } = await octokit.rest.repos.createRelease({
      ...ref,
      tag_name: input.tagName,
      ...(input.name && { name: input.name }),
      ...(input.body && { body: input.body }),
      ...(input.targetCommitish && { target_commitish: input.targetCommitish }),
      draft: input.draft ?? false,
      prerelease: input.prerelease ?? false,
    });
    return { id: data.id, tagName: data.tag_name, name: data.name, htmlUrl: data.html_url, draft: data.draft, prerelease: data.prerelease };
  });
}

export type Comparison = { status: string; aheadBy: number; behindBy: number; baseCommitDate: string | null; commits: { sha: string; message: string; author: string | null; date: string | null }[] };

export function compareCommits({ octokit }: Ctx, ref: RepoRef, base: string, head: string): Promise<Comparison> {
  return call(`comparison ${base}...${head} in ${label(ref)}`, async () => {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...ref, basehead: `${base}...${head}` });
    return {
      status: data.status,
      aheadBy: data.ahead_by,
      behindBy: data.behind_by,
      baseCommitDate: data.base_commit?.commit.author?.date ?? data.base_commit?.commit.committer?.date ?? null,
      commits: data.commits.map((c) => ({ sha: c.sha, message: c.commit.message, author: c.author?.login ?? c.commit.author?.name ?? null, date: c.commit.author?.date ?? c.commit.committer?.date ?? null })),
    };
  });
}

export type PullRequest = { number: number; title: string; state: string; author: string | null; headRef: string; baseRef: string; htmlUrl: string; mergedAt: string | null; updatedAt: string };

export function listPullRequests({ octokit }: Ctx, ref: RepoRef, state: "open" | "closed" | "all" = "open"): Promise<PullRequest[]> {
  return call(`pull requests of ${label(ref)}`, async () =>
    (await octokit.paginate(octokit.rest.pulls.list, { ...ref, state, per_page: 100 })).map((p) => ({
      number: p.number,
      title: p.title,
      state: p.state,
      author: p.user?.login ?? null,
      headRef: p.head.ref,
      baseRef: p.base.ref,
      htmlUrl: p.html_url,
      mergedAt: p.merged_at,
      updatedAt: p.updated_at,
    })),
  );
}
