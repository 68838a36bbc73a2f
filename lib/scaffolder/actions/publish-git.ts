import "server-only";
// Publish the workspace as one commit: to a new bare repository of the portal's own git server
// (host "local", the embedded default), or to an existing remote over HTTP(S).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import git from "isomorphic-git";
import http from "isomorphic-git/http/node";
import { z } from "zod";
import { parseRepoUrl } from "../filters";
import { cloneUrl, commitToBareRepo, createBareRepo, localRepoDir, localRepoExists, checkRepoName } from "../local-git/repos";
import { LOCAL_HOST, localBlobUrl } from "../portal-repo-url";
import { readWorkspaceFiles, resolveInside } from "../workspace";
import { defineAction } from "./define-action";

export const publishGit = defineAction({
  id: "publish:git",
  description: "Publish the workspace to the portal's git server (host 'local') or to a git remote over HTTP.",
  input: z.object({
    repoUrl: z.string().min(1).describe("host?owner=…&repo=…; host 'local' is the portal's own git server"),
    /** An existing remote to push to instead (https://git.example.com/team/svc.git). */
    remoteUrl: z.url().optional(),
    token: z.string().optional(),
    defaultBranch: z.string().regex(/^[A-Za-z0-9._/-]+$/).default("main"),
    description: z.string().default(""),
    gitCommitMessage: z.string().default("Initial commit from the Flightdeck scaffolder"),
    gitAuthorName: z.string().default("Flightdeck scaffolder"),
    gitAuthorEmail: z.string().default("scaffolder@flightdeck.local"),
    sourcePath: z.string().optional(),
  }),
  output: z.object({ remoteUrl: z.string(), repoContentsUrl: z.string(), commitHash: z.string(), cloneUrl: z.string() }),
  async handler({ input, workspace, log, portalUrl, checkpoint }) {
    const root = input.sourcePath ? resolveInside(workspace, input.sourcePath, "sourcePath") : workspace;
    const files = await readWorkspaceFiles(root);
    if (!files.length) throw new Error("the workspace is empty: nothing to publish (did a fetch step run?)");
    const author = { name: input.gitAuthorName, email: input.gitAuthorEmail };
    const { host, owner, repo } = parseRepoUrl(input.repoUrl);

    if (input.remoteUrl || host !== LOCAL_HOST) {
      const remote = input.remoteUrl ?? `https://${host}/${owner}/${repo}.git`;
      const commitHash = await checkpoint("push", async () => {
        const gitdir = fs.mkdtempSync(path.join(os.tmpdir(), "scaffolder-push-"));
        try {
          await git.init({ fs, dir: gitdir, gitdir, bare: true, defaultBranch: input.defaultBranch });
          const oid = await commitToBareRepo(gitdir, input.defaultBranch, files, input.gitCommitMessage, author);
          await log(`Pushing ${files.length} files to ${remote}`);
          const result = await git.push({
            fs, http, gitdir, url: remote, ref: input.defaultBranch, remoteRef: input.defaultBranch,
            ...(input.token && { onAuth: () => ({ username: "x-access-token", password: input.token }) }),
          });
          if (!result.ok) throw new Error(`the remote refused the push: ${result.error ?? "unknown reason"}`);
          return oid;
        } finally {
          fs.rmSync(gitdir, { recursive: true, force: true });
        }
      });
      return { remoteUrl: remote, repoContentsUrl: remote, commitHash, cloneUrl: remote };
    }

    checkRepoName(owner, repo);
    const commitHash = await checkpoint("local-commit", async () => {
      if (localRepoExists(owner, repo)) {
        throw new Error(`the repository ${owner}/${repo} already exists on the portal's git server; choose another name (or delete ${localRepoDir(owner, repo)})`);
      }
      const gitdir = await createBareRepo(owner, repo, input.defaultBranch, input.description);
      try {
        const oid = await commitToBareRepo(gitdir, input.defaultBranch, files, input.gitCommitMessage, author);
        await log(`Created ${owner}/${repo} on the portal's git server with ${files.length} files in one commit (${oid.slice(0, 7)})`);
        return oid;
      } catch (error) {
        // Nothing half-made: a repository without its commit is removed, so a retry starts clean.
        fs.rmSync(gitdir, { recursive: true, force: true });
        throw error;
      }
    });
    const clone = cloneUrl(portalUrl, owner, repo);
    return { remoteUrl: clone, cloneUrl: clone, repoContentsUrl: localBlobUrl(portalUrl, owner, repo, input.defaultBranch), commitHash };
  },
});
