import "server-only";
// "Test connection": who GitHub says we are, how many repositories we can see, the rate limit.
// Used by the settings screen before and after saving.
import { appOctokit, githubClient, type ClientOptions } from "./client";
import type { GithubConnection, RateLimit } from "./config";
import { githubError } from "./errors";
import { installationToken } from "./installation-token";

export type CheckResult = { connectedAs: string; repositoryCount: number; rateLimit: RateLimit | null };

export async function checkGithub(connection: GithubConnection, options?: ClientOptions): Promise<CheckResult> {
  const { octokit } = githubClient(connection, options);
  try {
    let connectedAs: string;
    let repositoryCount: number;
    if (connection.config.auth === "app") {
      const app = await appOctokit(connection).rest.apps.getAuthenticated();
      await installationToken(connection); // proves the installation exists and is not suspended
      const repos = await octokit.rest.apps.listReposAccessibleToInstallation({ per_page: 1 });
      connectedAs = `GitHub App ${app.data?.slug ?? app.data?.name ?? connection.config.appId}`;
      repositoryCount = repos.data.total_count;
    } else {
      const user = await octokit.rest.users.getAuthenticated();
      connectedAs = user.data.login;
      const org = connection.config.org;
      const all = org
        ? await octokit.paginate(octokit.rest.repos.listForOrg, { org, per_page: 100 })
        : await octokit.paginate(octokit.rest.repos.listForAuthenticatedUser, { per_page: 100 });
      repositoryCount = all.length;
    }
    const limits = await octokit.rest.rateLimit.get();
    const core = limits.data.resources.core;
    const fresh: RateLimit = { limit: core.limit, remaining: core.remaining, used: core.used, resetAt: new Date(core.reset * 1000).toISOString(), resource: "core" };
    return { connectedAs, repositoryCount, rateLimit: fresh };
  } catch (error) {
    throw githubError(error, "the connection test");
  }
}

export function describeCheck(result: CheckResult): string {
  const rl = result.rateLimit;
  const limit = rl ? `, rate limit ${rl.remaining}/${rl.limit}, resets at ${rl.resetAt.slice(11, 16)} UTC` : "";
  return `Connected as ${result.connectedAs}, can see ${result.repositoryCount} repositor${result.repositoryCount === 1 ? "y" : "ies"}${limit}`;
}
