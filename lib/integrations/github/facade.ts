import "server-only";
// The typed facade the rest of Flightdeck uses to talk to GitHub. Nothing outside
// lib/integrations/github imports Octokit: callers get plain objects and AppErrors in plain words.
import * as actions from "./actions";
import type { RepoRef } from "./call";
import { githubClient, type ClientOptions, type GithubClient } from "./client";
import type { GithubConnection } from "./config";
import * as contents from "./contents";
import * as deployments from "./deployments";
import * as releases from "./releases";
import * as repos from "./repos";
import * as security from "./security";

export type { RepoRef } from "./call";
export type { Repository, GithubTeam, BranchProtection, TeamPermission, CreateRepoInput, RepoSettings } from "./repos";
export type { WorkflowRun, WorkflowJob, WorkflowStep, Workflow } from "./actions";
export { toWorkflowRun, toWorkflowJob } from "./actions";
export type { Release, Comparison, PullRequest } from "./releases";
export type { DeploymentState } from "./deployments";
export type { SecurityAlert } from "./security";
export type { RepoFile, PushFilesInput } from "./contents";

export function githubFacade(client: GithubClient) {
  const ctx = { octokit: client.octokit };
  return {
    /** The latest rate limit GitHub reported on any response of this client. */
    rateLimit: client.rateLimit,
    listOrgRepos: (org: string, perPage?: number) => repos.listOrgRepos(ctx, org, perPage),
    getRepo: (ref: RepoRef) => repos.getRepo(ctx, ref),
    createRepo: (input: repos.CreateRepoInput) => repos.createRepo(ctx, input),
    replaceTopics: (ref: RepoRef, topics: string[]) => repos.replaceTopics(ctx, ref, topics),
    updateRepo: (ref: RepoRef, settings: repos.RepoSettings) => repos.updateRepo(ctx, ref, settings),
    setBranchProtection: (ref: RepoRef & { branch: string }, rules: repos.BranchProtection) => repos.setBranchProtection(ctx, ref, rules),
    setTeamAccess: (org: string, teamSlug: string, ref: RepoRef, permission: repos.TeamPermission) => repos.setTeamAccess(ctx, org, teamSlug, ref, permission),
    listTeams: (org: string) => repos.listTeams(ctx, org),
    listTeamMembers: (org: string, teamSlug: string) => repos.listTeamMembers(ctx, org, teamSlug),
    readFile: (ref: RepoRef & { path: string; ref?: string }) => contents.readFile(ctx, ref),
    resolveCommit: (ref: RepoRef & { ref: string }) => contents.resolveCommit(ctx, ref),
    listFiles: (ref: RepoRef & { ref: string }) => contents.listFiles(ctx, ref),
    readDirectory: (ref: RepoRef & { commit: string; path: string }) => contents.readDirectory(ctx, ref),
    createBranch: (ref: RepoRef, branch: string, sha: string) => contents.createBranch(ctx, ref, branch, sha),
    pushFiles: (ref: RepoRef, input: contents.PushFilesInput) => contents.pushFiles(ctx, ref, input),
    listWorkflowRuns: (ref: RepoRef, filter?: { branch?: string; status?: string; perPage?: number }) => actions.listWorkflowRuns(ctx, ref, filter),
    listWorkflows: (ref: RepoRef) => actions.listWorkflows(ctx, ref),
    listRunJobs: (ref: RepoRef, runId: number) => actions.listRunJobs(ctx, ref, runId),
    dispatchWorkflow: (ref: RepoRef, workflow: string | number, gitRef: string, inputs?: Record<string, string>) =>
      actions.dispatchWorkflow(ctx, ref, workflow, gitRef, inputs),
    rerunWorkflowRun: (ref: RepoRef, runId: number, onlyFailed?: boolean) => actions.rerunWorkflowRun(ctx, ref, runId, onlyFailed),
    cancelWorkflowRun: (ref: RepoRef, runId: number) => actions.cancelWorkflowRun(ctx, ref, runId),
    getJobLogs: (ref: RepoRef, jobId: number) => actions.getJobLogs(ctx, ref, jobId),
    createTag: (ref: RepoRef, tag: string, sha: string, message?: string) => releases.createTag(ctx, ref, tag, sha, message),
    createRelease: (ref: RepoRef, input: Parameters<typeof releases.createRelease>[2]) => releases.createRelease(ctx, ref, input),
    compareCommits: (ref: RepoRef, base: string, head: string) => releases.compareCommits(ctx, ref, base, head),
    listPullRequests: (ref: RepoRef, state?: "open" | "closed" | "all") => releases.listPullRequests(ctx, ref, state),
    createDeployment: (ref: RepoRef, input: Parameters<typeof deployments.createDeployment>[2]) => deployments.createDeployment(ctx, ref, input),
    createDeploymentStatus: (ref: RepoRef, deploymentId: number, input: Parameters<typeof deployments.createDeploymentStatus>[3]) =>
      deployments.createDeploymentStatus(ctx, ref, deploymentId, input),
    listCodeScanningAlerts: (ref: RepoRef, state?: "open" | "dismissed" | "fixed") => security.listCodeScanningAlerts(ctx, ref, state),
    listDependabotAlerts: (ref: RepoRef, state?: string) => security.listDependabotAlerts(ctx, ref, state),
  };
}

export type Github = ReturnType<typeof githubFacade>;

/** A facade over a connection that is not stored (tests, the "test before save" path). */
export function connectGithub(connection: GithubConnection, options?: ClientOptions): Github {
  return githubFacade(githubClient(connection, options));
}
