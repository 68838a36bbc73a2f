// Everything that moves a branch ends here, so every path (contents API, control push,
// `git push` over HTTP, git refs API) emits the same `push` webhook.
import { commitFiles, git, readCommit, revList, type GitIdentity } from "./git.ts";
import type { Sim } from "./http.ts";
import type { Repo } from "./state.ts";
import { pushPayload, sendWebhook, type PushedCommit } from "./webhooks.ts";

export const ZERO_SHA = "0".repeat(40);

export function identityOf(sim: Sim, login: string): GitIdentity {
  const u = sim.state.userOrGhost(login);
  return { name: u.name ?? u.login, email: u.email ?? `${u.login}@users.noreply.github.local` };
}

async function describeCommit(repo: Repo, sha: string): Promise<PushedCommit | null> {
  const c = await readCommit(repo.dir, sha);
  if (!c) return null;
  const changes = (await git(repo.dir, ["diff-tree", "--no-commit-id", "--name-status", "-r", "--root", sha])).toString();
  const pushed: PushedCommit = { sha, message: c.message.trim(), name: c.author.name, email: c.author.email, date: c.author.date, added: [], removed: [], modified: [] };
  for (const line of changes.split("\n").filter(Boolean)) {
    const [status, file = ""] = line.split("\t");
    (status === "A" ? pushed.added : status === "D" ? pushed.removed : pushed.modified).push(file);
  }
  return pushed;
}

export async function announceRefUpdate(sim: Sim, repo: Repo, ref: string, before: string, after: string, pusher: string): Promise<void> {
  if (ref.startsWith("refs/heads/")) repo.pushedAt = new Date();
  const range = after === ZERO_SHA ? [] : await revList(repo.dir, before === ZERO_SHA ? after : `${before}..${after}`);
  // GitHub lists at most 20 commits in a push payload.
  const commits = (await Promise.all(range.slice(-20).map((sha) => describeCommit(repo, sha)))).filter((c): c is PushedCommit => c !== null);
  await sendWebhook(sim, "push", pushPayload(sim, repo, ref, before, after, commits, pusher));
}

export async function pushFiles(sim: Sim, repo: Repo, files: Record<string, string | Buffer | null>, message: string, pusher: string, branch = repo.defaultBranch): Promise<{ sha: string; parent: string | null }> {
  const result = await commitFiles(repo.dir, branch, files, message, identityOf(sim, pusher));
  await announceRefUpdate(sim, repo, `refs/heads/${branch}`, result.parent ?? ZERO_SHA, result.sha, pusher);
  return result;
}
