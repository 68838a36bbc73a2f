import "server-only";
// Create a repository in a GitHub organisation and push the workspace as one commit, then set
// topics, the default branch, its protection and team access, all through the GitHub facade.
// Each finished part is a checkpoint: after a GitHub error, a retry continues where it stopped
// instead of failing on "name already exists".
import { z } from "zod";
import { githubForHost } from "../github-host";
import { parseRepoUrl } from "../filters";
import { readWorkspaceFiles, resolveInside } from "../workspace";
import { defineAction } from "./define-action";

const permission = z.enum(["pull", "triage", "push", "maintain", "admin"]);

export const publishGithub = defineAction({
  id: "publish:github",
  description: "Create a GitHub repository in an organisation and push the workspace as one commit.",
  input: z
    .object({
      repoUrl: z.string().min(1),
      description: z.string().optional(),
      defaultBranch: z.string().regex(/^[A-Za-z0-9._/-]+$/).default("main"),
      repoVisibility: z.enum(["private", "internal", "public"]).default("private"),
      topics: z.array(z.string()).default([]),
      protectDefaultBranch: z.boolean().default(true),
      protectEnforceAdmins: z.boolean().default(false),
      requiredApprovingReviewCount: z.number().int().min(0).max(6).default(1),
      requiredStatusCheckContexts: z.array(z.string()).default([]),
      /** "org/team-slug" given admin, as in Backstage. */
      access: z.string().optional(),
      collaborators: z.array(z.object({ team: z.string().optional(), user: z.string().optional(), access: permission.default("push") }).loose()).default([]),
      gitCommitMessage: z.string().default("Initial commit from the Flightdeck scaffolder"),
      sourcePath: z.string().optional(),
    })
    .loose(),
  output: z.object({ remoteUrl: z.string(), repoContentsUrl: z.string(), commitHash: z.string(), cloneUrl: z.string() }),
  async handler({ input, workspace, log, checkpoint }) {
    const { host, owner, repo } = parseRepoUrl(input.repoUrl);
    const { github, name: connection, webBase } = await githubForHost(host);
    const ref = { owner, repo };
    const root = input.sourcePath ? resolveInside(workspace, input.sourcePath, "sourcePath") : workspace;
    const files = await readWorkspaceFiles(root);
    if (!files.length) throw new Error("the workspace is empty: nothing to publish (did a fetch step run?)");

    const created = await checkpoint("create-repository", async () => {
      await log(`Creating ${input.repoVisibility} repository ${owner}/${repo} through the '${connection}' GitHub connection`);
      const r = await github.createRepo({ org: owner, name: repo, description: input.description, visibility: input.repoVisibility });
      return { htmlUrl: r.htmlUrl, branch: r.defaultBranch };
    });
    const commitHash = await checkpoint("push", async () => {
      const { sha } = await github.pushFiles(ref, { branch: created.branch, message: input.gitCommitMessage, files: files.map((f) => ({ path: f.path, content: f.content, executable: f.executable })) });
      await log(`Pushed ${files.length} files as one commit (${sha.slice(0, 7)})`);
      return sha;
    });
    if (input.defaultBranch !== created.branch) {
      await checkpoint("default-branch", async () => {
        await github.createBranch(ref, input.defaultBranch, commitHash);
        await github.updateRepo(ref, { defaultBranch: input.defaultBranch });
        await log(`Default branch is ${input.defaultBranch}`);
        return true;
      });
    }
    if (input.topics.length) {
      await checkpoint("topics", async () => {
        const names = await github.replaceTopics(ref, input.topics);
        await log(`Topics: ${names.join(", ")}`);
        return names;
      });
    }
    if (input.protectDefaultBranch) {
      await checkpoint("protection", async () => {
        await github.setBranchProtection({ ...ref, branch: input.defaultBranch }, {
          requiredApprovals: input.requiredApprovingReviewCount,
          requiredChecks: input.requiredStatusCheckContexts.length ? input.requiredStatusCheckContexts : undefined,
          enforceAdmins: input.protectEnforceAdmins,
        });
        await log(`Protected ${input.defaultBranch}: ${input.requiredApprovingReviewCount} approving review(s)${input.requiredStatusCheckContexts.length ? `, checks ${input.requiredStatusCheckContexts.join(", ")}` : ""}`);
        return true;
      });
    }
    const teams = [
      ...(input.access?.includes("/") ? [{ team: input.access.split("/")[1]!, access: "admin" as const }] : []),
      ...input.collaborators.filter((c) => c.team).map((c) => ({ team: c.team!.replace(/^.*\//, ""), access: c.access })),
    ];
    for (const t of teams) {
      await checkpoint(`team-${t.team}`, async () => {
        await github.setTeamAccess(owner, t.team, ref, t.access);
        await log(`Team ${t.team}: ${t.access}`);
        return true;
      });
    }
    const htmlUrl = created.htmlUrl || `${webBase}/${owner}/${repo}`;
    return { remoteUrl: htmlUrl, cloneUrl: `${htmlUrl}.git`, repoContentsUrl: `${htmlUrl}/blob/${input.defaultBranch}`, commitHash };
  },
});
